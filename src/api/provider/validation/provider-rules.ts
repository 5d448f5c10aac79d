import type { DocumentRule } from '../../../catalogue/document-rules';
import { fieldError, type FieldError } from '../../../validation/field-errors';
import { isValidFiscalCode, isValidVatNumber } from '../../../validation/italian-tax-codes';

export const providerRules: DocumentRule = async (_strapi, { data }) => {
  const problems: FieldError[] = [];
  const { vatNumber, fiscalCode, website } = data;
  // Shown as a link on the public catalogue: only a web address (no javascript:, data:, file: ...).
  if (typeof website === 'string' && website !== '' && !isWebAddress(website)) {
    problems.push(
      fieldError(
        'website',
        'indirizzo web http(s) valido (es. https://www.esempio.it)',
        'a valid http(s) web address (e.g. https://www.example.org)'
      )
    );
  }
  if (typeof vatNumber === 'string' && vatNumber !== '' && !isValidVatNumber(vatNumber)) {
    problems.push(
      fieldError(
        'vatNumber',
        'partita IVA non valida (11 cifre con cifra di controllo)',
        'invalid VAT number (11 digits with check digit)'
      )
    );
  }
  if (typeof fiscalCode === 'string' && fiscalCode !== '' && !isValidFiscalCode(fiscalCode)) {
    problems.push(
      fieldError(
        'fiscalCode',
        'codice fiscale non valido (11 cifre o 16 caratteri)',
        'invalid fiscal code (11 digits or 16 characters)'
      )
    );
  }
  return problems;
};

/** An absolute http(s) URL. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
