import { evaluateExpression, readsOnly, truthy } from './compile-expression';
import { copyUnknownKeys, keysOf } from './normalise-input';
import { isPlainObject, rowScope } from './rows';
import type { Field, FormDefinition, GroupField, JsonLogicExpression } from './types';

/**
 * Visibility by path. Fields use their data path (`phone`, `household.0.birthDate`); sections use
 * `section:<key>` (never a data path: keys cannot contain `:`). A field inside a hidden section, group
 * or row is hidden too.
 */
export type Visibility = Record<string, boolean>;

/** The visibility key of a section. */
export function sectionPath(sectionKey: string): string {
  return `section:${sectionKey}`;
}

const holds = (condition: JsonLogicExpression | undefined, scope: unknown, now: Date | undefined) =>
  condition === undefined || truthy(evaluateExpression(condition, scope, now));

export function visitFields(
  fields: Field[],
  row: Record<string, unknown>,
  scope: Record<string, unknown>,
  prefix: string,
  parentVisible: boolean,
  now: Date | undefined,
  out: Visibility
): void {
  for (const field of fields) {
    const path = prefix + field.key;
    const visible = parentVisible && holds(field.visibleWhen, scope, now);
    out[path] = visible;
    const rows = row[field.key];
    if (field.type !== 'group' || !Array.isArray(rows)) continue;
    rows.forEach((item, index) => {
      if (isPlainObject(item)) visitRow(field, item, scope, `${path}.${index}.`, visible, now, out);
    });
  }
}

/**
 * `visitFields` for one row of `group`: a condition reading only the row's fields is evaluated on the row
 * itself; the row's full scope (a copy of the form's values) is built only for one that reads more.
 */
export function visitRow(
  group: GroupField,
  row: Record<string, unknown>,
  outer: Record<string, unknown>,
  prefix: string,
  parentVisible: boolean,
  now: Date | undefined,
  out: Visibility
): void {
  let full: Record<string, unknown> | undefined;
  const keys = keysOf(group.fields);
  for (const field of group.fields) {
    const path = prefix + field.key;
    const condition = field.visibleWhen;
    const visible =
      parentVisible &&
      (condition === undefined ||
        holds(condition, readsOnly(condition, keys) ? row : (full ??= rowScope(outer, group, row)), now));
    out[path] = visible;
    const rows = row[field.key];
    if (field.type !== 'group' || !Array.isArray(rows)) continue;
    const scope = (full ??= rowScope(outer, group, row));
    rows.forEach((item, index) => {
      if (isPlainObject(item)) visitRow(field, item, scope, `${path}.${index}.`, visible, now, out);
    });
  }
}

/** Which sections and fields are shown for `data` (conditions are evaluated only under a visible parent). */
export function computeVisibility(definition: FormDefinition, data: Record<string, unknown>, now?: Date): Visibility {
  const out: Visibility = {};
  for (const section of definition.sections) {
    const visible = holds(section.visibleWhen, data, now);
    out[sectionPath(section.key)] = visible;
    visitFields(section.fields, data, data, '', visible, now, out);
  }
  return out;
}

/**
 * A copy of `row` without the fields hidden by `visibility`, rows of groups copied the same way.
 * Unknown keys are dropped, or kept with `keepUnknown` (to be reported by the schema).
 */
export function pickVisible(
  fields: Field[],
  row: Record<string, unknown>,
  visibility: Visibility,
  keepUnknown: boolean,
  prefix = ''
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (keepUnknown) {
    copyUnknownKeys(row, keysOf(fields), out);
  }
  for (const field of fields) {
    const path = prefix + field.key;
    const value = row[field.key];
    if (visibility[path] === false || value === undefined) continue;
    out[field.key] =
      field.type === 'group' && Array.isArray(value)
        ? value.map((item, index) =>
            isPlainObject(item) ? pickVisible(field.fields, item, visibility, keepUnknown, `${path}.${index}.`) : item
          )
        : value;
  }
  return out;
}

/** Same keys, same values. */
export function sameVisibility(a: Visibility, b: Visibility): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
