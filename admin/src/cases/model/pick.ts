/** Only the `keys` of `values` that are present: what an edit form may send (the server refuses read-only fields). */
export function pickFields(values: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of keys) if (values[key] !== undefined) picked[key] = values[key];
  return picked;
}
