import type { DocumentRule } from '../../../catalogue/document-rules';
import { fieldError, type FieldError } from '../../../validation/field-errors';
import { isValidFiscalCode, isValidVatNumber } from '../../../validation/italian-tax-codes';

export const providerRules: DocumentRule = async (_strapi, { data }) => {
  const problems: FieldError[] = [];
  const { vatNumber, fiscalCode } = data;
  if (typeof vatNumber === 'string' && vatNumber !== '' && !isValidVatNumber(vatNumber)) {
    problems.push(
      fieldError('vatNumber', 'partita IVA non valida (11 cifre con cifra di controllo)', 'invalid VAT number (11 digits with check digit)')
    );
  }
  if (typeof fiscalCode === 'string' && fiscalCode !== '' && !isValidFiscalCode(fiscalCode)) {
    problems.push(
      fieldError('fiscalCode', 'codice fiscale non valido (11 cifre o 16 caratteri)', 'invalid fiscal code (11 digits or 16 characters)')
    );
  }
  return problems;
};
