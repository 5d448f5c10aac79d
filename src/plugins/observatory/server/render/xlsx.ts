import ExcelJS from 'exceljs';

/** One sheet: a title, its columns (key and bilingual header) and rows. */
export interface Sheet {
  name: string;
  columns: { key: string; header: string }[];
  rows: Record<string, unknown>[];
}

/** An XLSX workbook with one sheet per entry, header row bold and frozen. */
export async function toXlsx(sheets: Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ambito';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31));
    ws.columns = sheet.columns.map((c) => ({ key: c.key, header: c.header, width: Math.min(60, Math.max(12, c.header.length + 2)) }));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of sheet.rows) ws.addRow(sheet.columns.map((c) => row[c.key] ?? null));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
