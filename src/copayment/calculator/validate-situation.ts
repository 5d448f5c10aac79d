import { checkAmount, checkNumber, type FieldError } from './field-checks';

/** Most units in a month a quote or a simulation row may ask for. */
export const MAX_QUANTITY = 10_000;

/** A citizen's ISEE (≥ 0, euro and cents), household size (1–20) and monthly quantity (≥ 0, two decimals). */
export function validateSituation(values: Record<string, unknown>, prefix: string[] = []): FieldError[] {
  return [
    ...checkAmount([...prefix, 'isee'], values.isee, true),
    ...checkNumber([...prefix, 'householdSize'], values.householdSize, { required: true, min: 1, max: 20, integer: true }),
    ...checkNumber([...prefix, 'quantity'], values.quantity, { required: true, max: MAX_QUANTITY }),
  ];
}
