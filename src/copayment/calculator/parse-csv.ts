import { fieldError, type FieldError } from './field-checks';

/** A CSV line as read: the municipality as written (name, ISTAT code or documentId) and the numbers. */
export interface CsvRow {
  line: number;
  values: { municipality: unknown; isee: unknown; householdSize: unknown; quantity: unknown };
}

export const MAX_ROWS = 20_000;

/** Accepted column names (case and accents ignored), Italian and English. */
const COLUMNS: Record<keyof CsvRow['values'], string[]> = {
  municipality: ['municipality', 'comune', 'istat', 'codice istat', 'codiceistat'],
  isee: ['isee'],
  householdSize: ['householdsize', 'household size', 'componenti', 'nucleo', 'componenti nucleo'],
  quantity: ['quantity', 'quantita', 'ore', 'viaggi', 'giorni', 'mesi'],
};

const normalize = (header: string) =>
  header.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[_"]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * Reads the UdP's CSV of beneficiaries: a header line, then one line per beneficiary. The separator is
 * `;` (Italian spreadsheets, where `12345,67` is a decimal comma) or `,`. Quotes around a cell are
 * dropped; empty lines are skipped. Errors name `csv.<line>.<column>`.
 */
export function parseCsv(text: string): { rows: CsvRow[]; errors: FieldError[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerLine = lines[0] ?? '';
  const separator = headerLine.includes(';') ? ';' : ',';
  const headers = headerLine.split(separator).map(normalize);
  const position = {} as Record<keyof CsvRow['values'], number>;
  const errors: FieldError[] = [];
  for (const [column, names] of Object.entries(COLUMNS) as [keyof CsvRow['values'], string[]][]) {
    position[column] = headers.findIndex((header) => names.includes(header));
    if (position[column] < 0) {
      errors.push(fieldError(['csv', '1', column], `colonna mancante nell'intestazione (${names[0]}, ${names[1]})`, `column missing from the header (${names[0]}, ${names[1]})`));
    }
  }
  if (errors.length > 0) return { rows: [], errors };

  const rows: CsvRow[] = [];
  for (let index = 1; index < lines.length; index += 1) {
    if (lines[index].trim() === '') continue;
    const cells = lines[index].split(separator).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1').trim());
    rows.push({
      line: index + 1,
      values: {
        municipality: cells[position.municipality] ?? '',
        isee: toNumber(cells[position.isee], separator),
        householdSize: toNumber(cells[position.householdSize], separator),
        quantity: toNumber(cells[position.quantity], separator),
      },
    });
    if (rows.length > MAX_ROWS) return { rows: [], errors: [fieldError(['csv'], `al massimo ${MAX_ROWS} righe`, `at most ${MAX_ROWS} rows`)] };
  }
  if (rows.length === 0) errors.push(fieldError(['csv'], 'nessuna riga di dati dopo l’intestazione', 'no data line after the header'));
  return { rows, errors };
}

/** A cell as a number; with `;` as separator a decimal comma is accepted (and dots as thousands). */
function toNumber(cell: string | undefined, separator: string): unknown {
  if (cell === undefined || cell === '') return null;
  const text = separator === ';' && cell.includes(',') ? cell.replace(/\./g, '').replace(',', '.') : cell;
  const value = Number(text);
  return /^-?\d+(\.\d+)?$/.test(text) && Number.isFinite(value) ? value : cell;
}
