import type { HouseholdFactor } from './types';

/** The coefficient (in thousandths) for a household size, and the size of the row it comes from. */
export function householdCoefficient(
  factors: HouseholdFactor[] | null | undefined,
  householdSize: number
): { thousandths: number; fromSize: number | null } {
  let best: HouseholdFactor | null = null;
  for (const factor of factors ?? []) {
    if (factor.householdSize <= householdSize && (!best || factor.householdSize > best.householdSize)) best = factor;
  }
  return best
    ? { thousandths: Math.round(best.coefficient * 1000), fromSize: best.householdSize }
    : { thousandths: 1000, fromSize: null };
}

/** The ISEE used for the tariff: ISEE ÷ coefficient, rounded down to the cent (monotone in the ISEE). */
export function adjustedIseeCents(iseeCents: number, coefficientThousandths: number): number {
  return Number((BigInt(iseeCents) * 1000n) / BigInt(coefficientThousandths));
}
