/** The co-payment calculator: pure functions, no Strapi, integer cents inside. */
export * from './types';
export { computeQuote } from './compute-quote';
export { explainQuote, type ExplanationContext } from './explain-quote';
export { validateTariff, pickTariffParameters, TARIFF_PARAMETER_KEYS } from './validate-tariff';
export { validateSituation, MAX_QUANTITY } from './validate-situation';
export { parseCsv, MAX_ROWS, type CsvRow } from './parse-csv';
export { simulate, type BeneficiaryRow } from './simulate';
export { formatEuro, toCents, toEuro, type Language } from './money';
export { roundCents } from './rounding';
export { shareFor } from './share';
export { normalizeRows, municipalityResolver, type MunicipalityRef } from './normalize-rows';
export { isPlainObject, fieldError, type FieldError } from './field-checks';
