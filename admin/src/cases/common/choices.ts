/** Enumerations of the case-file content types (contract of issue #5), labelled by `cases.enums.<namespace>.<value>`. */
const choices = (namespace: string, values: readonly string[]) =>
  values.map((id) => ({ id, name: `cases.enums.${namespace}.${id}` }));

export const CASE_STATUSES = ['open', 'closed'] as const;
export const REFERRAL_STATUSES = ['pending', 'accepted', 'rejected', 'done'] as const;
export const VOUCHER_STATUSES = ['issued', 'exhausted', 'expired', 'cancelled'] as const;
export const INTERVENTION_UNITS = ['hours', 'trips', 'days', 'meals', 'sessions'] as const;
export const SEXES = ['F', 'M'] as const;
export const RELATIONS = ['spouse', 'partner', 'child', 'parent', 'sibling', 'grandparent', 'other'] as const;

export const caseStatusChoices = choices('caseStatus', CASE_STATUSES);
export const referralStatusChoices = choices('referralStatus', REFERRAL_STATUSES);
export const voucherStatusChoices = choices('voucherStatus', VOUCHER_STATUSES);
export const unitChoices = choices('unit', INTERVENTION_UNITS);
export const sexChoices = choices('sex', SEXES);
export const relationChoices = choices('relation', RELATIONS);
