/** The years of a period (`2015-2017`) up to the current one: those a computed indicator can be counted for. */
export function yearsToCompute(
  period: string | undefined,
  currentYear = new Date().getFullYear()
): { from: number; to: number } | null {
  const match = period ? /^(\d{4})-(\d{4})$/.exec(period) : null;
  if (!match) return null;
  const from = Number(match[1]);
  const to = Math.min(Number(match[2]), currentYear);
  return from <= to ? { from, to } : null;
}
