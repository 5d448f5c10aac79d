import { stringify } from 'csv-stringify/sync';
import { headerOf, type ExportLocale, type Sheet } from './sheet';

// A cell starting with =, +, - or @ would run as a formula in a spreadsheet (CSV injection).
const defused = (text: string) => (/^[=+\-@]/.test(text) ? `'${text}` : text);

/**
 * A sheet as the CSV Italian offices open with a double click: `;` separator (the decimal comma's
 * spreadsheets), UTF-8 byte-order mark (so Excel reads accents), CRLF line ends, headers in the caller's
 * language. Written by csv-stringify, which quotes what needs quoting.
 */
export function sheetCsv(sheet: Sheet, locale: ExportLocale): string {
  return stringify(
    sheet.rows.map((row) => sheet.columns.map((c) => row[c.key] ?? '')),
    {
      bom: true,
      delimiter: ';',
      record_delimiter: 'windows',
      header: true,
      columns: sheet.columns.map((c) => headerOf(c, locale)),
      cast: {
        string: defused,
        object: (value) => JSON.stringify(value),
        boolean: (value) => (value ? 'sì' : 'no'),
        date: (value) => value.toISOString(),
      },
    }
  );
}

/**
 * A data file for machines (HSDS tabular package): comma-separated, no byte-order mark, the standard's
 * own field names as header — RFC 4180 as the Frictionless specification expects.
 */
export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  return stringify(
    rows.map((row) => columns.map((c) => row[c] ?? '')),
    {
      record_delimiter: 'windows',
      header: true,
      columns,
      cast: {
        string: defused,
        object: (value) => JSON.stringify(value),
        boolean: (value) => String(value),
        date: (value) => value.toISOString(),
      },
    }
  );
}
