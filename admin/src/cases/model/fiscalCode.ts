import { isValidPersonFiscalCode } from '../../../../src/validation/italian-tax-codes';

/** react-admin validator of a person's codice fiscale (the server checks it too): a message key, or undefined. */
export function validateFiscalCode(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return isValidPersonFiscalCode(String(value).trim().toUpperCase()) ? undefined : 'cases.validation.fiscalCode';
}
