/** Ambito's own JSON Logic operations, shared by the interpreter (`expressions.ts`) and the compiler. */

const toNumber = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** `{"count": [array]}`: number of items (0 when not an array). */
export function countItems(items: unknown): number {
  return Array.isArray(items) ? items.length : 0;
}

/** `{"sum_of": [rows, "key"]}`: sum of the numeric `key` of each row (of the items when no key). */
export function sumOf(rows: unknown, key?: unknown): number {
  if (!Array.isArray(rows)) return 0;
  return rows.reduce<number>((sum, row) => {
    if (typeof key !== 'string') return sum + toNumber(row);
    const value = row !== null && typeof row === 'object' ? (row as Record<string, unknown>)[key] : undefined;
    return sum + toNumber(value);
  }, 0);
}
