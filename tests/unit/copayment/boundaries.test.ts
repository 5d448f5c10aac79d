import fc from 'fast-check';
import { computeQuote, roundCents, shareFor, ROUNDING_MODES, type TariffParameters } from '../../../src/copayment/calculator';
import { bandsTariff, linearTariff } from './arbitraries';

type Fraction = [bigint, bigint];
const bp = (percent: number | null | undefined): Fraction => [BigInt(Math.round((percent ?? 0) * 100)), 10000n];
const same = ([a, b]: Fraction, [c, d]: Fraction) => a * d === c * b;
const minus = ([a, b]: Fraction, [c, d]: Fraction): Fraction => [a * d - c * b, b * d];
const cents = (euro: number | null | undefined) => Math.round((euro ?? 0) * 100);

/** The exact share (fraction of the unit cost) at an ISEE in cents, and which part of the rule gave it. */
const exact = (tariff: TariffParameters, isee: number) => {
  const share = shareFor(tariff, isee);
  return { fraction: [share.numerator, share.denominator] as Fraction, outcome: share.outcome.kind };
};

describe('co-payment rules at their boundaries (exact fractions, no float)', () => {
  it('linear: exempt just below the floor, continuous there when the share at the floor is 0', () => {
    fc.assert(
      fc.property(linearTariff, (generated) => {
        const tariff = { ...generated, minSharePercent: 0 };
        const floor = cents(tariff.iseeFloor);
        if (floor > 0) {
          const below = exact(tariff, floor - 1);
          expect(below.outcome).toBe('exempt');
          expect(same(below.fraction, [0n, 1n])).toBe(true);
        }
        expect(same(exact(tariff, floor).fraction, [0n, 1n])).toBe(true);
      })
    );
  });

  it('linear: at the floor, exactly the share the regulation sets there', () => {
    fc.assert(
      fc.property(linearTariff, (tariff) => {
        expect(same(exact(tariff, cents(tariff.iseeFloor)).fraction, bp(tariff.minSharePercent))).toBe(true);
      })
    );
  });

  it('linear: continuous at the ceiling, where the maximum share starts', () => {
    fc.assert(
      fc.property(linearTariff, (tariff) => {
        const ceiling = cents(tariff.iseeCeiling);
        const max = bp(tariff.maxSharePercent);
        const at = exact(tariff, ceiling);
        expect(at.outcome).toBe('full');
        expect(same(at.fraction, max)).toBe(true);
        // One cent below, the share differs by one step of the line: (max − min) / (ceiling − floor) per cent.
        const step = minus(max, bp(tariff.minSharePercent));
        step[1] *= BigInt(ceiling - cents(tariff.iseeFloor));
        expect(same(minus(max, exact(tariff, ceiling - 1).fraction), step)).toBe(true);
      })
    );
  });

  it('bands: a boundary belongs to the upper band; one cent below it, the lower band applies', () => {
    fc.assert(
      fc.property(bandsTariff, (tariff) => {
        const list = tariff.bands ?? [];
        list.forEach((band, index) => {
          const from = cents(band.iseeFrom);
          expect(same(exact(tariff, from).fraction, bp(band.sharePercent))).toBe(true);
          if (index > 0) expect(same(exact(tariff, from - 1).fraction, bp(list[index - 1].sharePercent))).toBe(true);
        });
      })
    );
  });

  it('rounding is idempotent and monotone for every mode', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROUNDING_MODES),
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        fc.bigInt({ min: 0n, max: 10n ** 6n }),
        (mode, numerator, denominator, extra) => {
          const once = roundCents(numerator, denominator, mode);
          expect(roundCents(BigInt(once), 1n, mode)).toBe(once);
          expect(roundCents(numerator + extra, denominator, mode)).toBeGreaterThanOrEqual(once);
        }
      )
    );
  });

  it('computes a known case to the cent', () => {
    const tariff: TariffParameters = {
      unit: 'hour',
      unitCost: 20.5,
      rule: 'linear',
      iseeFloor: 6000,
      iseeCeiling: 30000,
      minSharePercent: 0,
      maxSharePercent: 80,
      rounding: 'down-10-cents',
      monthlyCap: 150,
      householdFactors: [{ householdSize: 3, coefficient: 1.2 }],
    };
    // 21,600 ÷ 1.2 = 18,000 → (18,000 − 6,000) / 24,000 × 80 % = 40 % of 20.50 = 8.20 per hour.
    const quote = computeQuote(tariff, { isee: 21600, householdSize: 4, quantity: 12.5 });
    expect(quote.adjustedIseeCents).toBe(1_800_000);
    expect(quote.shareBasisPoints).toBe(4000);
    expect(quote.unitShareCents).toBe(820);
    expect(quote.citizenCents).toBe(10250);
    expect(quote.grossCents).toBe(25625);
    expect(quote.municipalityCents).toBe(15375);
    const capped = computeQuote(tariff, { isee: 21600, householdSize: 4, quantity: 40 });
    expect(capped).toMatchObject({ citizenBeforeCapCents: 32800, citizenCents: 15000, capped: true, municipalityCents: 67000 });
  });
});
