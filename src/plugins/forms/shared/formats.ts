import type Ajv from 'ajv';
import { isValidPersonFiscalCode } from '../../../validation/italian-tax-codes';

/** Digits with an optional leading +, separated by spaces, dots, dashes or slashes. */
const PHONE_SHAPE = /^\+?[0-9](?:[0-9 ./-]*[0-9])?$/;

/** 6 to 15 digits (E.164 allows at most 15). */
export function isPhoneNumber(value: string): boolean {
  if (!PHONE_SHAPE.test(value)) return false;
  const digits = value.replace(/[^0-9]/g, '').length;
  return digits >= 6 && digits <= 15;
}

/** A finite amount with at most two decimals (tolerant of binary rounding, e.g. 0.1 + 0.2). */
export function isEuroAmount(value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const cents = value * 100;
  return Math.abs(cents - Math.round(cents)) < 1e-6;
}

/** A Strapi 5 documentId (or any opaque id of letters, digits, `-`, `_`). */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A time of day, `HH:MM` on 24 hours. */
const TIME_OF_DAY = /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/;

export const isTimeOfDay = (value: string): boolean => TIME_OF_DAY.test(value);

/** Ambito's own formats, beside ajv-formats' `date`, `date-time` and `email`. */
export function addAmbitoFormats(ajv: Ajv): Ajv {
  ajv.addFormat('codice-fiscale', { type: 'string', validate: (value: string) => isValidPersonFiscalCode(value) });
  ajv.addFormat('phone', { type: 'string', validate: isPhoneNumber });
  ajv.addFormat('eur-amount', { type: 'number', validate: isEuroAmount });
  ajv.addFormat('time-of-day', {
    type: 'string',
    validate: isTimeOfDay,
    compare: (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0),
  });
  ajv.addFormat('document-id', { type: 'string', validate: (value: string) => DOCUMENT_ID.test(value) });
  return ajv;
}
