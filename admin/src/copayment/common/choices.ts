import type { RoundingMode, Rule, Scheme, Unit } from '../../../../src/copayment/contracts';

/** Values of the co-payment enumerations (the server's schema.json files), labelled by `copayment.enums.*`. */
export const UNITS: readonly Unit[] = ['hour', 'trip', 'day', 'month'];
export const RULES: readonly Rule[] = ['linear', 'bands'];
export const ROUNDINGS: readonly RoundingMode[] = ['cent', 'down-10-cents', 'nearest-10-cents', 'down-euro', 'nearest-euro'];
export const SCHEMES: readonly Scheme[] = ['municipal', 'uniform'];

const choices = (namespace: string, values: readonly string[]) =>
  values.map((id) => ({ id, name: `copayment.enums.${namespace}.${id}` }));

export const unitChoices = choices('unit', UNITS);
export const ruleChoices = choices('rule', RULES);
export const roundingChoices = choices('rounding', ROUNDINGS);
export const schemeChoices = choices('scheme', SCHEMES);
/** For the quote: the comune's own tariff when it has one (automatic), or one scheme explicitly. */
export const quoteSchemeChoices = choices('scheme', ['auto', ...SCHEMES]);

/** Relations the co-payment pages read, as documentIds (names come from ReferenceField). */
export const TARIFF_POPULATE = { regulation: { fields: ['name'] }, service: { fields: ['name'] } };
export const REGULATION_POPULATE = { municipality: { fields: ['name'] } };
