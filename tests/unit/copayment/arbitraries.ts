import fc from 'fast-check';
import { ROUNDING_MODES, UNITS, type IseeBand, type TariffParameters } from '../../../src/copayment/calculator';

/** Euro amounts with cents, built from integer cents so they have at most two decimals. */
export const euro = (maxCents: number, minCents = 0) => fc.integer({ min: minCents, max: maxCents }).map((c) => c / 100);
const percent = (min = 0) => fc.integer({ min: min * 100, max: 10000 }).map((bp) => bp / 100);

const householdFactors = fc.option(
  fc.uniqueArray(
    fc.record({
      householdSize: fc.integer({ min: 1, max: 8 }),
      coefficient: fc.integer({ min: 500, max: 3000 }).map((t) => t / 1000),
    }),
    { selector: (f) => f.householdSize, maxLength: 6 }
  ),
  { nil: null }
);

const common = {
  unit: fc.constantFrom(...UNITS),
  unitCost: euro(100_000),
  rounding: fc.constantFrom(...ROUNDING_MODES),
  monthlyCap: fc.option(euro(200_000), { nil: null }),
  householdFactors,
};

/** A valid linear tariff: floor below ceiling, share at the floor not above the share at the ceiling. */
export const linearTariff: fc.Arbitrary<TariffParameters> = fc
  .record({
    ...common,
    floorCents: fc.integer({ min: 0, max: 5_000_000 }),
    spanCents: fc.integer({ min: 1, max: 5_000_000 }),
    shares: fc.tuple(percent(), percent()).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
  })
  .map(({ floorCents, spanCents, shares, ...rest }) => ({
    ...rest,
    rule: 'linear' as const,
    iseeFloor: floorCents / 100,
    iseeCeiling: (floorCents + spanCents) / 100,
    minSharePercent: shares[0],
    maxSharePercent: shares[1],
  }));

/** Valid bands: from 0, contiguous, the last open, shares never decreasing. */
export const bands: fc.Arbitrary<IseeBand[]> = fc
  .uniqueArray(fc.integer({ min: 1, max: 8_000_000 }), { maxLength: 7 })
  .chain((cuts) =>
    fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: cuts.length + 1, maxLength: cuts.length + 1 }).map((shares) => {
      const sorted = [...cuts].sort((a, b) => a - b);
      const ordered = [...shares].sort((a, b) => a - b);
      const bounds = [0, ...sorted];
      return bounds.map((from, i) => ({
        iseeFrom: from / 100,
        iseeTo: i + 1 < bounds.length ? bounds[i + 1] / 100 : null,
        sharePercent: ordered[i] / 100,
      }));
    })
  );

export const bandsTariff: fc.Arbitrary<TariffParameters> = fc
  .record({ ...common, bands })
  .map((values) => ({ ...values, rule: 'bands' as const }));

export const anyTariff = fc.oneof(linearTariff, bandsTariff);

export const situation = fc.record({
  isee: euro(10_000_000),
  householdSize: fc.integer({ min: 1, max: 10 }),
  quantity: fc.integer({ min: 0, max: 50_000 }).map((h) => h / 100),
});
