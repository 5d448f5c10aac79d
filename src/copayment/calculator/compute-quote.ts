import { adjustedIseeCents, householdCoefficient } from './household';
import { toCents, toScaled } from './money';
import { roundCents, timesQuantity } from './rounding';
import { shareFor } from './share';
import type { QuoteBreakdown, QuoteInput, TariffParameters } from './types';

/**
 * The citizen's and the comune's share of one month of a service, in integer cents.
 *
 * 1. ISEE ÷ the household coefficient ("fattore famiglia") = the ISEE for the tariff;
 * 2. the rule (linear or bands) gives the share of the unit cost;
 * 3. the citizen's unit amount is rounded as the tariff says, never above the unit cost;
 * 4. times the quantity (two decimals, half up); the monthly cap limits the citizen's total;
 * 5. the comune pays the rest of the gross cost.
 *
 * Inputs have passed validation (validateTariff, the quote's field checks).
 */
export function computeQuote(tariff: TariffParameters, input: QuoteInput): QuoteBreakdown {
  const iseeCents = toCents(input.isee);
  const coefficient = householdCoefficient(tariff.householdFactors, input.householdSize);
  const adjusted = adjustedIseeCents(iseeCents, coefficient.thousandths);
  const share = shareFor(tariff, adjusted);

  const unitCostCents = toCents(tariff.unitCost);
  const rounding = tariff.rounding ?? 'cent';
  const rounded = roundCents(BigInt(unitCostCents) * share.numerator, share.denominator, rounding);
  const unitShareCents = Math.min(Math.max(rounded, 0), unitCostCents);

  const quantityHundredths = toScaled(input.quantity, 2);
  const grossCents = timesQuantity(unitCostCents, quantityHundredths);
  const citizenBeforeCapCents = timesQuantity(unitShareCents, quantityHundredths);
  const capCents = capFor(tariff, quantityHundredths);
  const citizenCents = capCents === null ? citizenBeforeCapCents : Math.min(citizenBeforeCapCents, capCents);

  return {
    unit: tariff.unit,
    iseeCents,
    coefficientThousandths: coefficient.thousandths,
    factorHouseholdSize: coefficient.fromSize,
    adjustedIseeCents: adjusted,
    outcome: share.outcome,
    shareBasisPoints: Number((share.numerator * 10000n * 2n + share.denominator) / (2n * share.denominator)),
    unitCostCents,
    rounding,
    unitShareCents,
    quantityHundredths,
    grossCents,
    citizenBeforeCapCents,
    capCents,
    capped: capCents !== null && citizenBeforeCapCents > capCents,
    citizenCents,
    municipalityCents: grossCents - citizenCents,
  };
}

/** The monthly cap for this quote: per month of the quantity when the unit is the month. */
function capFor(tariff: TariffParameters, quantityHundredths: number): number | null {
  if (tariff.monthlyCap === null || tariff.monthlyCap === undefined) return null;
  const cap = toCents(tariff.monthlyCap);
  return tariff.unit === 'month' ? timesQuantity(cap, quantityHundredths) : cap;
}
