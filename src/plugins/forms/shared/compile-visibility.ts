import { compiledExpression, truthy, type CompiledExpression } from './compile-expression';
import { copyUnknownKeys, keysOf } from './normalise-input';
import { isPlainObject } from './rows';
import type { Field, FormDefinition, GroupField } from './types';
import { pickVisible, sameVisibility, sectionPath, visitRow, type Visibility } from './visibility';

/**
 * `computeVisibility` and `pickVisible` generated once per form version, like the normaliser: constant
 * property names and compiled conditions for the form's own fields, the general functions for the rows of
 * groups. Same results as the general functions, keys in the same order.
 */
export type VisibilityOf = (data: Record<string, unknown>, now?: Date) => Visibility;
export type PickVisible = (row: Record<string, unknown>, visibility: Visibility, keepUnknown: boolean) => Record<string, unknown>;

const quote = (text: string) => JSON.stringify(text);

/** Whether generated code may use the keys as plain property names (as `compileNormaliser` checks). */
const plainKeys = (keys: string[]) => !keys.some((key) => key in Object.prototype);

/** The rows of a group visited as `computeVisibility` visits them. */
function visitRows(
  group: GroupField,
  rows: unknown[],
  scope: Record<string, unknown>,
  path: string,
  visible: boolean,
  now: Date | undefined,
  out: Visibility
): void {
  rows.forEach((item, index) => {
    if (isPlainObject(item)) visitRow(group, item, scope, `${path}.${index}.`, visible, now, out);
  });
}

/**
 * `computeVisibility(definition, …)` generated; undefined when a key cannot be a plain property name.
 * Without groups the result is one object literal (one allocation, one shape); with groups the rows'
 * paths follow their group's, as `computeVisibility` orders them.
 */
export function compileVisibility(definition: FormDefinition): VisibilityOf | undefined {
  const keys = definition.sections.flatMap((section) => [sectionPath(section.key), ...section.fields.map((field) => field.key)]);
  if (!plainKeys(keys)) return undefined;
  const conditions: CompiledExpression[] = [];
  const groups: GroupField[] = [];
  const holds = (expression: Field['visibleWhen'], scope: string) => {
    if (expression === undefined) return 'true';
    conditions.push(compiledExpression(expression));
    return `t(c[${conditions.length - 1}](${scope}, now))`;
  };
  const literal = !definition.sections.some((section) => section.fields.some((field) => field.type === 'group'));
  const lines = literal ? ['var s, v = [];'] : ['var out = {}, s, v, rows;'];
  const entries: string[] = [];
  definition.sections.forEach((section, i) => {
    lines.push(`s = ${holds(section.visibleWhen, 'data')};`);
    if (literal) {
      lines.push(`var s${i} = s;`);
      entries.push(`${quote(sectionPath(section.key))}: s${i}`);
    } else {
      lines.push(`out[${quote(sectionPath(section.key))}] = s;`);
    }
    for (const field of section.fields) {
      const visible = field.visibleWhen === undefined ? 's' : `s && ${holds(field.visibleWhen, 'data')}`;
      if (literal) {
        lines.push(`v.push(${visible});`);
        entries.push(`${quote(field.key)}: v[${entries.length - i - 1}]`);
        continue;
      }
      lines.push(`v = ${visible};`, `out[${quote(field.key)}] = v;`);
      if (field.type !== 'group') continue;
      groups.push(field);
      lines.push(
        `rows = data[${quote(field.key)}];`,
        `if (Array.isArray(rows)) visitRows(g[${groups.length - 1}], rows, data, ${quote(field.key)}, v, now, out);`
      );
    }
  });
  lines.push(literal ? `return {${entries.join(', ')}};` : 'return out;');
  // new Function: generated from validated keys (JSON-quoted), like the normaliser
  const factory = new Function('c', 'g', 't', 'visitRows', `return function visibility(data, now) {\n${lines.join('\n')}\n};`);
  return factory(conditions, groups, truthy, visitRows) as VisibilityOf;
}

/**
 * `sameVisibility` for this form: the form's own paths compared by name; the rows' paths (only with
 * groups) by the general comparison after.
 */
export function compileSameVisibility(definition: FormDefinition): ((a: Visibility, b: Visibility) => boolean) | undefined {
  const keys = definition.sections.flatMap((section) => [sectionPath(section.key), ...section.fields.map((field) => field.key)]);
  if (!plainKeys(keys)) return undefined;
  const hasGroups = definition.sections.some((section) => section.fields.some((field) => field.type === 'group'));
  const compare = keys.map((key) => `a[${quote(key)}] === b[${quote(key)}]`).join(' && ') || 'true';
  // new Function: generated from validated keys (JSON-quoted)
  const factory = new Function(
    'same',
    `return function sameVisibility(a, b) {\nreturn ${compare}${hasGroups ? ' && same(a, b)' : ''};\n};`
  );
  return factory(sameVisibility) as (a: Visibility, b: Visibility) => boolean;
}

/** The rows of a group copied as `pickVisible` copies them. */
function pickRows(group: GroupField, rows: unknown[], visibility: Visibility, keepUnknown: boolean, path: string): unknown[] {
  return rows.map((item, index) =>
    isPlainObject(item) ? pickVisible(group.fields, item, visibility, keepUnknown, `${path}.${index}.`) : item
  );
}

/** `pickVisible(fields, …)` for the form's own fields, generated; undefined when a key cannot be a plain property name. */
export function compilePickVisible(fields: Field[]): PickVisible | undefined {
  if (!plainKeys(fields.map((field) => field.key))) return undefined;
  const groups: GroupField[] = [];
  const lines = ['var out = {}, v;', 'if (keepUnknown) copyUnknownKeys(row, known, out);'];
  for (const field of fields) {
    const key = quote(field.key);
    lines.push(`v = row[${key}];`);
    if (field.type === 'group') {
      groups.push(field);
      lines.push(
        `if (vis[${key}] !== false && v !== undefined) out[${key}] = Array.isArray(v) ? pickRows(g[${groups.length - 1}], v, vis, keepUnknown, ${key}) : v;`
      );
    } else {
      lines.push(`if (vis[${key}] !== false && v !== undefined) out[${key}] = v;`);
    }
  }
  lines.push('return out;');
  // new Function: generated from validated keys (JSON-quoted), like the normaliser
  const factory = new Function(
    'g',
    'known',
    'copyUnknownKeys',
    'pickRows',
    `return function pickVisible(row, vis, keepUnknown) {\n${lines.join('\n')}\n};`
  );
  return factory(groups, keysOf(fields), copyUnknownKeys, pickRows) as PickVisible;
}
