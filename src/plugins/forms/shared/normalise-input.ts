import { isPlainObject } from './rows';
import type { Field } from './types';

const isEmpty = (field: Field, value: unknown) =>
  value === null || value === '' || (field.type === 'multipleChoice' && Array.isArray(value) && value.length === 0);

/**
 * The submitted values made uniform, without touching the input: values sent for calculated fields
 * dropped, defaults given to absent fields, strings trimmed (fiscal codes upper-cased), empty answers
 * (null, '', no option selected) removed. Unknown keys are kept, for the schema to report.
 */
export function normaliseInput(fields: Field[], input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...input };
  for (const field of fields) {
    if (field.type === 'calculated') {
      delete out[field.key];
      continue;
    }
    let value = out[field.key];
    if (value === undefined && 'default' in field && field.default !== undefined) {
      value = Array.isArray(field.default) ? [...field.default] : field.default;
    }
    if (typeof value === 'string') value = field.type === 'fiscalCode' ? value.trim().toUpperCase() : value.trim();
    if (value === undefined || isEmpty(field, value)) {
      delete out[field.key];
      continue;
    }
    if (field.type === 'group' && Array.isArray(value)) {
      value = value.map((row) => (isPlainObject(row) ? normaliseInput(field.fields, row) : row));
    }
    out[field.key] = value;
  }
  return out;
}
