import ExcelJS from 'exceljs';

export interface Table {
  headers: string[];
  rows: (string | number | null)[][];
}

/** One CSV cell (RFC 4180 quoting); a text starting like a formula is defused (CSV injection). */
function cell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV as Italian spreadsheets open it: UTF-8 with a BOM, `;` between cells, CRLF line ends. */
export function toCsv(table: Table): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map(cell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** An XLSX workbook with one sheet, its header row bold and frozen. */
export async function toXlsx(table: Table, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ambito';
  const sheet = workbook.addWorksheet(sheetName.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31) || 'Risposte');
  sheet.addRow(table.headers);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  // exceljs writes strings as text (never formulas): nothing to defuse.
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((column, index) => {
    column.width = Math.min(60, Math.max(12, (table.headers[index] ?? '').length + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
