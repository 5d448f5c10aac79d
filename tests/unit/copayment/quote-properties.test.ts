import fc from 'fast-check';
import { computeQuote, validateTariff } from '../../../src/copayment/calculator';
import { anyTariff, euro, situation } from './arbitraries';

describe('co-payment quote: properties over any valid tariff', () => {
  it('generates only tariffs the validator accepts', () => {
    fc.assert(fc.property(anyTariff, (tariff) => expect(validateTariff({ ...tariff })).toEqual([])));
  });

  it('never makes a higher ISEE pay less (same household and quantity)', () => {
    fc.assert(
      fc.property(anyTariff, situation, euro(2_000_000), (tariff, citizen, more) => {
        const lower = computeQuote(tariff, citizen);
        const higher = computeQuote(tariff, { ...citizen, isee: citizen.isee + more });
        expect(higher.citizenCents).toBeGreaterThanOrEqual(lower.citizenCents);
        expect(higher.unitShareCents).toBeGreaterThanOrEqual(lower.unitShareCents);
      }),
      { numRuns: 500 }
    );
  });

  it('splits the gross cost exactly between citizen and comune, in whole cents, none negative', () => {
    fc.assert(
      fc.property(anyTariff, situation, (tariff, citizen) => {
        const quote = computeQuote(tariff, citizen);
        for (const cents of [quote.citizenCents, quote.municipalityCents, quote.grossCents]) {
          expect(Number.isInteger(cents)).toBe(true);
          expect(cents).toBeGreaterThanOrEqual(0);
        }
        expect(quote.citizenCents + quote.municipalityCents).toBe(quote.grossCents);
      })
    );
  });

  it('holds the monthly cap and never charges more than the cost', () => {
    fc.assert(
      fc.property(anyTariff, situation, (tariff, citizen) => {
        const quote = computeQuote(tariff, citizen);
        expect(quote.unitShareCents).toBeLessThanOrEqual(quote.unitCostCents);
        expect(quote.citizenCents).toBeLessThanOrEqual(quote.grossCents);
        if (tariff.monthlyCap !== null && tariff.monthlyCap !== undefined) {
          const capCents = Math.round(tariff.monthlyCap * 100);
          const hundredths = Math.round(citizen.quantity * 100);
          const bound = tariff.unit === 'month' ? Math.floor((capCents * hundredths + 50) / 100) : capCents;
          expect(quote.citizenCents).toBeLessThanOrEqual(bound);
          expect(quote.capped).toBe(quote.citizenBeforeCapCents > (quote.capCents as number));
        }
      })
    );
  });

  it('rounds stably: the unit amount is a multiple of the rounding step, and quoting twice gives the same answer', () => {
    const steps = { cent: 1, 'down-10-cents': 10, 'nearest-10-cents': 10, 'down-euro': 100, 'nearest-euro': 100 };
    fc.assert(
      fc.property(anyTariff, situation, (tariff, citizen) => {
        const quote = computeQuote(tariff, citizen);
        const step = steps[quote.rounding];
        if (quote.unitShareCents < quote.unitCostCents) expect(quote.unitShareCents % step).toBe(0);
        expect(computeQuote(tariff, citizen)).toEqual(quote);
      })
    );
  });

  it('never lets a bigger quantity cost the citizen or the district less', () => {
    fc.assert(
      fc.property(anyTariff, situation, fc.integer({ min: 0, max: 10_000 }), (tariff, citizen, extra) => {
        const less = computeQuote(tariff, citizen);
        const more = computeQuote(tariff, { ...citizen, quantity: citizen.quantity + extra / 100 });
        expect(more.citizenCents).toBeGreaterThanOrEqual(less.citizenCents);
        expect(more.grossCents).toBeGreaterThanOrEqual(less.grossCents);
      })
    );
  });
});
