import ExcelJS from 'exceljs';
import { headerOf, type ExportLocale, type Sheet } from './sheet';

/**
 * An XLSX workbook, one worksheet per sheet, ready to print: landscape A4 fitted to the page width with
 * the header row repeated on every page; the header bold, wrapped and frozen (a row of its own height,
 * so it never covers the first data row); a totals row under columns that add up.
 */
export async function toXlsx(sheets: Sheet[], locale: ExportLocale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ambito';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name[locale].slice(0, 31), {
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      },
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    ws.columns = sheet.columns.map((c) => ({
      key: c.key,
      header: headerOf(c, locale),
      width: Math.min(40, Math.max(12, headerOf(c, locale).length + 2)),
    }));
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'top' };
    for (const row of sheet.rows) ws.addRow(sheet.columns.map((c) => row[c.key] ?? null));
    if (sheet.rows.length > 0 && sheet.columns.some((c) => c.total)) {
      const first = 2;
      const last = sheet.rows.length + 1;
      const totals = ws.addRow(
        sheet.columns.map((c, i) => {
          if (i === 0) return locale === 'it' ? 'Totale' : 'Total';
          if (!c.total) return null;
          const letter = ws.getColumn(i + 1).letter;
          const result = sheet.rows.reduce((sum, row) => sum + (Number(row[c.key]) || 0), 0);
          return { formula: `SUM(${letter}${first}:${letter}${last})`, result };
        })
      );
      totals.font = { bold: true };
      totals.border = { top: { style: 'thin' } };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
