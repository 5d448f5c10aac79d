import { fieldError, type FieldError } from '../../validation/field-errors';
import { formatNumber, hasAtMostDecimals } from './money';

export type { FieldError };
export { fieldError };

/** Largest amount accepted (the database keeps decimals as 10 digits, 2 after the point). */
export const MAX_AMOUNT = 99_999_999.99;

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

interface NumberRule {
  required?: boolean;
  min?: number;
  max?: number;
  decimals?: number;
  integer?: boolean;
  /** The maximum is a percentage: its message says so. */
  percent?: boolean;
}

/**
 * Checks one numeric field; returns at most one error, naming the field in Italian and English.
 * `undefined` and `null` pass unless required.
 */
export function checkNumber(path: string[], value: unknown, rule: NumberRule): FieldError[] {
  if (value === undefined || value === null) {
    return rule.required ? [fieldError(path, 'obbligatorio', 'required')] : [];
  }
  if (typeof value !== 'number' || !Number.isFinite(value))
    return [fieldError(path, 'deve essere un numero', 'must be a number')];
  const min = rule.min ?? 0;
  if (value < min) {
    return min === 0
      ? [fieldError(path, 'non può essere negativo', 'cannot be negative')]
      : [fieldError(path, `deve essere almeno ${formatNumber(min, 'it')}`, `must be at least ${formatNumber(min, 'en')}`)];
  }
  if (rule.max !== undefined && value > rule.max) {
    return rule.percent
      ? [fieldError(path, 'la quota non può superare il 100 %', 'the share cannot exceed 100%')]
      : [
          fieldError(
            path,
            `deve essere al massimo ${formatNumber(rule.max, 'it')}`,
            `must be at most ${formatNumber(rule.max, 'en')}`
          ),
        ];
  }
  if (rule.integer && !Number.isInteger(value))
    return [fieldError(path, 'deve essere un numero intero', 'must be a whole number')];
  const decimals = rule.decimals ?? 2;
  if (!rule.integer && !hasAtMostDecimals(value, decimals)) {
    return [fieldError(path, `al massimo ${decimals} decimali`, `at most ${decimals} decimals`)];
  }
  return [];
}

/** An amount in euro: ≥ 0, two decimals. */
export const checkAmount = (path: string[], value: unknown, required = false) =>
  checkNumber(path, value, { required, max: MAX_AMOUNT });

/** A share of the cost: 0–100 %, two decimals. */
export const checkPercent = (path: string[], value: unknown, required = false) =>
  checkNumber(path, value, { required, max: 100, percent: true });

/** A value among `allowed`. */
export function checkChoice(path: string[], value: unknown, allowed: readonly string[], required = true): FieldError[] {
  if (value === undefined || value === null) return required ? [fieldError(path, 'obbligatorio', 'required')] : [];
  if (typeof value === 'string' && allowed.includes(value)) return [];
  const list = allowed.join(', ');
  return [fieldError(path, `valore non ammesso (ammessi: ${list})`, `value not allowed (allowed: ${list})`)];
}

/** Keys of `value` outside `allowed`, as "unknown field" errors. */
export function unknownKeys(prefix: string[], value: Record<string, unknown>, allowed: readonly string[]): FieldError[] {
  return Object.keys(value)
    .filter((key) => !allowed.includes(key))
    .map((key) => fieldError([...prefix, key], 'campo sconosciuto', 'unknown field'));
}
