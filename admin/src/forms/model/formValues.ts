import type { Field } from '@forms-shared';
import { localInputToRfc3339, rfc3339ToLocalInput } from './datetimes';
import type { Language } from './localized';
import { formatNumberInput, parseNumberInput } from './numbers';

/**
 * The form's values as the inputs hold them (numbers as typed text, date-times in local time) and the
 * submission's data as the engine reads it. Both are objects keyed by field key, groups holding arrays
 * of rows, so that input names are the data paths the validator reports (`household.0.birthDate`).
 */
export type FormValues = Record<string, unknown>;

const NUMERIC = new Set(['integer', 'decimal', 'currency', 'isee']);
/** Fields without an answer of their own (computed, or text only shown): never an input's value. */
const isValueless = (field: Field) => field.type === 'calculated' || field.type === 'staticText';
const isRow = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** An empty row of a group: its fields' defaults. */
export function emptyRow(fields: Field[], language: Language): FormValues {
  return toFormValues(fields, {}, language, true);
}

/**
 * The inputs' values for stored data (an existing submission) or, with `withDefaults`, for a new one
 * (fields without data get their `default`). Calculated fields are left out: they are computed.
 */
export function toFormValues(
  fields: Field[],
  data: Record<string, unknown>,
  language: Language,
  withDefaults = false
): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    if (isValueless(field)) continue;
    let value = data[field.key];
    if (value === undefined && withDefaults && 'default' in field && field.default !== undefined) {
      value = Array.isArray(field.default) ? [...field.default] : field.default;
    }
    if (field.type === 'group') {
      const rows = Array.isArray(value) ? value : [];
      values[field.key] = rows.map((row) => toFormValues(field.fields, isRow(row) ? row : {}, language, withDefaults));
    } else if (NUMERIC.has(field.type)) {
      values[field.key] = formatNumberInput(value, language);
    } else if (field.type === 'datetime') {
      values[field.key] = rfc3339ToLocalInput(value);
    } else if (field.type === 'multipleChoice') {
      values[field.key] = Array.isArray(value) ? value : [];
    } else if (field.type === 'boolean' || field.type === 'file' || field.type === 'reference') {
      values[field.key] = value ?? null;
    } else {
      values[field.key] = value ?? '';
    }
  }
  return values;
}

/** One input's value as data: numbers parsed, date-times in RFC 3339; undefined for an empty answer. */
function toDataValue(field: Field, value: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined;
  if (NUMERIC.has(field.type) && typeof value === 'string') {
    const parsed = parseNumberInput(value);
    return parsed === '' ? undefined : parsed;
  }
  if (field.type === 'datetime' && typeof value === 'string') return localInputToRfc3339(value);
  if (field.type === 'multipleChoice' && Array.isArray(value) && value.length === 0) return undefined;
  return value;
}

/** The data the engine evaluates, from the inputs' values (unknown keys and calculated fields dropped). */
export function toData(fields: Field[], values: FormValues): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    if (isValueless(field)) continue;
    const value = values[field.key];
    if (field.type === 'group') {
      if (Array.isArray(value)) data[field.key] = value.map((row) => toData(field.fields, isRow(row) ? row : {}));
      continue;
    }
    const converted = toDataValue(field, value);
    if (converted !== undefined) data[field.key] = converted;
  }
  return data;
}
