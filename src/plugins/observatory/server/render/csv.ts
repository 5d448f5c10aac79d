/** One CSV cell: quoted when it holds a comma, quote or line break (RFC 4180); formulas defused. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  // A cell starting with =, +, - or @ would run as a formula in a spreadsheet (CSV injection).
  if (/^[=+\-@]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document (UTF-8, CRLF line ends as RFC 4180 asks) of `rows` under `columns`. */
export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  return [columns.map(cell).join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))].join('\r\n') + '\r\n';
}
