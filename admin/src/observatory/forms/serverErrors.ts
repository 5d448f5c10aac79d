/**
 * The observatory names a field's problem under the body's `data` (`data.name`, `data.computation.form`) or
 * the `query` (`query.year`); the console's forms hold the same fields without it: drop that prefix so that
 * each message lands under its input. Pure (no react-admin import): unit-tested.
 */
export function stripDataPrefix(errors: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(errors).map(([key, value]) => [key.replace(/^(data|query)\./, ''), value]));
}
