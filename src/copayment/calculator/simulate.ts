import { computeQuote } from './compute-quote';
import { toEuro } from './money';
import type { QuoteInput, TariffParameters } from './types';

/** One beneficiary, the comune by ISTAT code. */
export interface BeneficiaryRow extends QuoteInput {
  municipality: string;
}

interface Totals {
  grossCents: number;
  revenueCents: number;
}

interface Accumulator {
  beneficiaries: number;
  quantityHundredths: number;
  current: Totals;
  proposed: Totals;
  payMore: number;
  payLess: number;
  unchanged: number;
}

const empty = (): Accumulator => ({
  beneficiaries: 0,
  quantityHundredths: 0,
  current: { grossCents: 0, revenueCents: 0 },
  proposed: { grossCents: 0, revenueCents: 0 },
  payMore: 0,
  payLess: 0,
  unchanged: 0,
});

/**
 * Each beneficiary's month priced twice: with the comune's tariff of today (none: the comune pays all,
 * at the uniform unit cost) and with the uniform tariff; summed per comune in integer cents.
 * `istatCodes` lists every comune to report (in order), also those without beneficiaries.
 */
export function simulate(
  rows: BeneficiaryRow[],
  uniform: TariffParameters,
  municipal: Map<string, TariffParameters>,
  istatCodes: string[]
) {
  const byMunicipality = new Map(istatCodes.map((code) => [code, empty()]));
  const total = empty();
  for (const row of rows) {
    const proposed = computeQuote(uniform, row);
    const tariff = municipal.get(row.municipality);
    const current = tariff ? computeQuote(tariff, row) : { grossCents: proposed.grossCents, citizenCents: 0 };
    for (const target of [byMunicipality.get(row.municipality), total]) {
      if (!target) continue;
      target.beneficiaries += 1;
      target.quantityHundredths += proposed.quantityHundredths;
      target.current.grossCents += current.grossCents;
      target.current.revenueCents += current.citizenCents;
      target.proposed.grossCents += proposed.grossCents;
      target.proposed.revenueCents += proposed.citizenCents;
      if (proposed.citizenCents > current.citizenCents) target.payMore += 1;
      else if (proposed.citizenCents < current.citizenCents) target.payLess += 1;
      else target.unchanged += 1;
    }
  }
  return {
    municipalities: istatCodes.map((code) => ({ istatCode: code, ...report(byMunicipality.get(code) as Accumulator) })),
    totals: report(total),
  };
}

/** An accumulator in euro, with the changes from today to the proposal. */
function report(a: Accumulator) {
  const scheme = (t: Totals) => ({
    grossCost: toEuro(t.grossCents),
    revenue: toEuro(t.revenueCents),
    netCost: toEuro(t.grossCents - t.revenueCents),
  });
  const currentNet = a.current.grossCents - a.current.revenueCents;
  const proposedNet = a.proposed.grossCents - a.proposed.revenueCents;
  return {
    beneficiaries: a.beneficiaries,
    quantity: a.quantityHundredths / 100,
    current: scheme(a.current),
    proposed: scheme(a.proposed),
    change: {
      revenue: toEuro(a.proposed.revenueCents - a.current.revenueCents),
      netCost: toEuro(proposedNet - currentNet),
    },
    citizens: { payMore: a.payMore, payLess: a.payLess, unchanged: a.unchanged },
  };
}
