import { parse, CsvError } from 'csv-parse/sync';
import { fieldError, type FieldError } from './field-checks';

/** A CSV line as read: the municipality as written (name, ISTAT code or documentId) and the numbers. */
export interface CsvRow {
  line: number;
  values: { municipality: unknown; isee: unknown; householdSize: unknown; quantity: unknown };
}
export type CsvColumn = keyof CsvRow['values'];

export const MAX_ROWS = 20_000;

/** Accepted column names (case and accents ignored), Italian and English. */
const COLUMNS: Record<CsvColumn, string[]> = {
  municipality: ['municipality', 'comune', 'istat', 'codice istat', 'codiceistat'],
  isee: ['isee'],
  householdSize: ['householdsize', 'household size', 'componenti', 'nucleo', 'componenti nucleo'],
  quantity: ['quantity', 'quantita', 'ore', 'viaggi', 'giorni', 'mesi'],
};

const normalize = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[_"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

type ParsedLine = { record: string[]; info: { lines: number } };

/**
 * Reads the UdP's CSV of beneficiaries with csv-parse: a header line, then one line per beneficiary. The
 * separator is `;` (Italian spreadsheets, where `12345,67` is a decimal comma) or `,`, whichever the header
 * uses; quoted cells may hold the separator; a BOM and empty lines are skipped. Errors name
 * `csv.<line>.<column>`; `labels` are the header's cells as the UdP wrote them, for messages.
 */
export function parseCsv(text: string): { rows: CsvRow[]; errors: FieldError[]; labels: Partial<Record<CsvColumn, string>> } {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const separator = firstLine.includes(';') ? ';' : ',';
  let records: ParsedLine[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: separator,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as ParsedLine[];
  } catch (error) {
    const line = error instanceof CsvError ? String((error as CsvError & { lines: number }).lines) : undefined;
    const unreadable = fieldError(
      line ? ['csv', line] : ['csv'],
      'virgolette non chiuse o testo non leggibile come CSV',
      'unclosed quotes or text not readable as CSV'
    );
    const where = line ? { it: `riga ${line}`, en: `row ${line}` } : { it: 'CSV', en: 'CSV' };
    return {
      rows: [],
      labels: {},
      errors: [{ ...unreadable, where, message: `${where.it}: ${unreadable.it} / ${where.en}: ${unreadable.en}` }],
    };
  }
  const [header, ...data] = records;
  const headers = (header?.record ?? []).map(normalize);
  const position = {} as Record<CsvColumn, number>;
  const labels: Partial<Record<CsvColumn, string>> = {};
  const errors: FieldError[] = [];
  for (const [column, names] of Object.entries(COLUMNS) as [CsvColumn, string[]][]) {
    position[column] = headers.findIndex((h) => names.includes(h));
    if (position[column] < 0) {
      errors.push(
        fieldError(
          ['csv', '1', column],
          `colonna mancante nell'intestazione (${names[0]}, ${names[1]})`,
          `column missing from the header (${names[0]}, ${names[1]})`
        )
      );
    } else labels[column] = header.record[position[column]];
  }
  if (errors.length > 0) return { rows: [], errors, labels };
  if (data.length > MAX_ROWS)
    return { rows: [], labels, errors: [fieldError(['csv'], `al massimo ${MAX_ROWS} righe`, `at most ${MAX_ROWS} rows`)] };

  const rows: CsvRow[] = data
    .filter(({ record }) => record.some((cell) => cell !== ''))
    .map(({ record, info }) => ({
      line: info.lines,
      values: {
        municipality: record[position.municipality] ?? '',
        isee: toNumber(record[position.isee], separator),
        householdSize: toNumber(record[position.householdSize], separator),
        quantity: toNumber(record[position.quantity], separator),
      },
    }));
  if (rows.length === 0)
    errors.push(fieldError(['csv'], 'nessuna riga di dati dopo l’intestazione', 'no data line after the header'));
  return { rows, errors, labels };
}

/** A cell as a number; with `;` as separator a decimal comma is accepted (and dots as thousands). */
function toNumber(cell: string | undefined, separator: string): unknown {
  if (cell === undefined || cell === '') return null;
  const text = separator === ';' && cell.includes(',') ? cell.replace(/\./g, '').replace(',', '.') : cell;
  const value = Number(text);
  return /^-?\d+(\.\d+)?$/.test(text) && Number.isFinite(value) ? value : cell;
}

/**
 * Errors about CSV cells (`csv.<line>.<column>`) told as a person reads the file: "riga 3, colonna «ISEE»"
 * with the header as written; the path stays for the console to place it.
 */
export function labelCsvErrors(errors: FieldError[], labels: Partial<Record<CsvColumn, string>>): FieldError[] {
  return errors.map((error) => {
    const [root, line, column] = error.path;
    const label = labels[column as CsvColumn];
    if (root !== 'csv' || !line || !label) return error;
    const where = { it: `riga ${line}, colonna «${label}»`, en: `row ${line}, column "${label}"` };
    return { ...error, where, message: `${where.it}: ${error.it} / ${where.en}: ${error.en}` };
  });
}
