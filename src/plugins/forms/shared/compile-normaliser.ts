import { isPlainObject } from './rows';
import { isValueless } from './valueless';
import type { Field } from './types';

/**
 * `normaliseInput` for one list of fields, generated once per form version (like ajv generates its
 * validator): constant property names instead of a walk over the definition, one object built per row.
 * Gives `undefined` when the input has a key that is not a field, or a field key holding `undefined`:
 * the caller then takes `normaliseInput`, which keeps unknown keys for the schema to report.
 * Otherwise the result equals `normaliseInput`'s, key order included.
 */
export type Normaliser = (input: Record<string, unknown>) => Record<string, unknown> | undefined;

/** Normalises the rows of a group; `undefined` as soon as one row cannot take the fast path. */
function normaliseRows(rows: unknown[], normaliseRow: Normaliser): unknown[] | undefined {
  // eslint-disable-next-line unicorn/no-new-array -- preallocated for the fast path; every slot is written below
  const out = new Array<unknown>(rows.length);
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index];
    if (!isPlainObject(row)) {
      out[index] = row;
      continue;
    }
    const normalised = normaliseRow(row);
    if (normalised === undefined) return undefined;
    out[index] = normalised;
  }
  return out;
}

/** Own enumerable string keys (Object.keys uses V8's enum cache: faster than a for…in). */
const countKeys = (input: Record<string, unknown>): number => Object.keys(input).length;

const hasDefault = (field: Field): boolean => 'default' in field && field.default !== undefined;

/**
 * The generated normaliser of `fields`, or `undefined` when a key would also be found on
 * `Object.prototype` (e.g. `constructor`): reading it from the input could then give an inherited value,
 * which only the general path handles as it always did.
 */
export function compileNormaliser(fields: Field[]): Normaliser | undefined {
  if (fields.some((field) => field.key in Object.prototype)) return undefined;
  const defaults: unknown[] = [];
  const rowNormalisers: Normaliser[] = [];
  const lines: string[] = ['var out = {}, n = 0, v;'];
  for (const field of fields) {
    const read = `input[${JSON.stringify(field.key)}]`;
    if (isValueless(field)) {
      // Known, so not an unknown key; never copied: the server computes it.
      lines.push(`if (${read} !== undefined) n++;`);
      continue;
    }
    lines.push(`v = ${read};`);
    if (hasDefault(field)) {
      defaults.push((field as { default: unknown }).default);
      const slot = `d[${defaults.length - 1}]`;
      lines.push(`if (v !== undefined) n++; else v = Array.isArray(${slot}) ? ${slot}.slice() : ${slot};`);
    } else {
      lines.push('if (v !== undefined) n++;');
    }
    lines.push(`if (typeof v === 'string') v = v.trim()${field.type === 'fiscalCode' ? '.toUpperCase()' : ''};`);
    const emptyList = field.type === 'multipleChoice' ? ' && !(Array.isArray(v) && v.length === 0)' : '';
    lines.push(`if (v !== undefined && v !== null && v !== ''${emptyList}) {`);
    if (field.type === 'group') {
      const inner = compileNormaliser(field.fields);
      if (!inner) return undefined;
      rowNormalisers.push(inner);
      lines.push(
        `  if (Array.isArray(v)) { v = rows(v, r[${rowNormalisers.length - 1}]); if (v === undefined) return undefined; }`
      );
    }
    lines.push(`  out[${JSON.stringify(field.key)}] = v;`, '}');
  }
  lines.push('return n === count(input) ? out : undefined;');
  // Generated from validated field keys (JSON-quoted), like ajv's own code.
  const factory = new Function('d', 'r', 'rows', 'count', `return function normalise(input) {\n${lines.join('\n')}\n};`);
  return factory(defaults, rowNormalisers, normaliseRows, countKeys) as Normaliser;
}
