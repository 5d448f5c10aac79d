import type { GroupField } from './types';

/** A plain object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * What an expression sees inside a row: the enclosing scope, then the row's fields. Every field of the
 * group is present (undefined when the row has no value, so `{"var": ["x", 0]}` still gives 0), so that an
 * empty field of the row never shows the value of a field with the same key outside it.
 */
export function rowScope(
  outer: Record<string, unknown>,
  group: GroupField,
  row: Record<string, unknown>
): Record<string, unknown> {
  const shadow: Record<string, unknown> = {};
  for (const field of group.fields) shadow[field.key] = undefined;
  return { ...outer, ...shadow, ...row };
}

/** A place where fields of a given nesting live: the form itself, or one row of a (nested) group. */
export interface RowContext {
  /** Prefix of the data paths of the row's fields: `''`, `household.2.`. */
  prefix: string;
  /** The object holding the fields' values. */
  row: Record<string, unknown>;
  /** What expressions see from this row: the form's values, overridden by the enclosing rows', then this row's. */
  scope(): Record<string, unknown>;
}

/** Every row reached through `groups` (outermost first); the form itself when there are none. */
export function rowsOf(data: Record<string, unknown>, groups: GroupField[]): RowContext[] {
  let contexts: RowContext[] = [{ prefix: '', row: data, scope: () => data }];
  for (const group of groups) {
    contexts = contexts.flatMap((outer) => {
      const rows = outer.row[group.key];
      if (!Array.isArray(rows)) return [];
      return rows.flatMap((row, index): RowContext[] =>
        isPlainObject(row)
          ? [{ prefix: `${outer.prefix}${group.key}.${index}.`, row, scope: () => rowScope(outer.scope(), group, row) }]
          : []
      );
    });
  }
  return contexts;
}
