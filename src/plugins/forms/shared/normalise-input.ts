import { isPlainObject } from './rows';
import { isValueless } from './valueless';
import type { Field } from './types';

const fieldKeys = new WeakMap<Field[], Set<string>>();

/**
 * Copies the keys that are not fields (kept for the schema to report). defineProperty, not assignment:
 * a `__proto__` key from JSON must stay a plain key, never become the object's prototype.
 */
export function copyUnknownKeys(from: Record<string, unknown>, known: Set<string>, to: Record<string, unknown>): void {
  for (const key of Object.keys(from)) {
    if (!known.has(key))
      Object.defineProperty(to, key, { value: from[key], enumerable: true, writable: true, configurable: true });
  }
}

/** The keys of a list of fields, computed once per definition. */
export function keysOf(fields: Field[]): Set<string> {
  let keys = fieldKeys.get(fields);
  if (!keys) {
    keys = new Set(fields.map((field) => field.key));
    fieldKeys.set(fields, keys);
  }
  return keys;
}

const isEmpty = (field: Field, value: unknown) =>
  value === null || value === '' || (field.type === 'multipleChoice' && Array.isArray(value) && value.length === 0);

/**
 * The submitted values made uniform, without touching the input: values sent for calculated fields
 * dropped, defaults given to absent fields, strings trimmed (fiscal codes upper-cased), empty answers
 * (null, '', no option selected) removed. Unknown keys are kept, for the schema to report.
 */
export function normaliseInput(fields: Field[], input: Record<string, unknown>): Record<string, unknown> {
  // Built by adding keys, never deleting them: `delete` turns objects into slow dictionaries.
  const out: Record<string, unknown> = {};
  const known = keysOf(fields);
  copyUnknownKeys(input, known, out);
  for (const field of fields) {
    if (isValueless(field)) continue;
    let value = input[field.key];
    if (value === undefined && 'default' in field && field.default !== undefined) {
      value = Array.isArray(field.default) ? [...field.default] : field.default;
    }
    if (typeof value === 'string') value = field.type === 'fiscalCode' ? value.trim().toUpperCase() : value.trim();
    if (value === undefined || isEmpty(field, value)) continue;
    if (field.type === 'group' && Array.isArray(value)) {
      value = value.map((row) => (isPlainObject(row) ? normaliseInput(field.fields, row) : row));
    }
    out[field.key] = value;
  }
  return out;
}
