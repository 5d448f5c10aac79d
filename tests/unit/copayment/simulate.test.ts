import { simulate, type TariffParameters } from '../../../src/copayment/calculator';

const uniform: TariffParameters = {
  unit: 'hour',
  unitCost: 20,
  rule: 'bands',
  bands: [
    { iseeFrom: 0, iseeTo: 10000, sharePercent: 0 },
    { iseeFrom: 10000, iseeTo: null, sharePercent: 50 },
  ],
};
const municipal: TariffParameters = {
  unit: 'hour',
  unitCost: 20,
  rule: 'linear',
  iseeFloor: 0,
  iseeCeiling: 20000,
  maxSharePercent: 100,
};

describe('simulation per comune', () => {
  const result = simulate(
    [
      { municipality: 'A', isee: 5000, householdSize: 1, quantity: 10 },
      { municipality: 'A', isee: 20000, householdSize: 1, quantity: 10 },
      { municipality: 'B', isee: 15000, householdSize: 1, quantity: 3 },
    ],
    uniform,
    new Map([['A', municipal]]),
    ['A', 'B', 'C']
  );

  it('compares revenue and net cost of today with the uniform tariff', () => {
    const [a, b, c] = result.municipalities;
    // A today: 5,000 → 25 % of 20 = 5.00 × 10 = 50; 20,000 → 100 % = 200. Uniform: 0 and 10 × 10 = 100.
    expect(a).toMatchObject({
      istatCode: 'A',
      beneficiaries: 2,
      current: { grossCost: 400, revenue: 250, netCost: 150 },
      proposed: { grossCost: 400, revenue: 100, netCost: 300 },
      change: { revenue: -150, netCost: 150 },
      citizens: { payMore: 0, payLess: 2, unchanged: 0 },
    });
    // B has no tariff of its own: today the comune pays everything.
    expect(b).toMatchObject({
      current: { grossCost: 60, revenue: 0, netCost: 60 },
      proposed: { revenue: 30, netCost: 30 },
      citizens: { payMore: 1 },
    });
    expect(c).toMatchObject({ beneficiaries: 0, current: { grossCost: 0 } });
    expect(result.totals).toMatchObject({
      beneficiaries: 3,
      quantity: 23,
      current: { revenue: 250 },
      proposed: { revenue: 130 },
    });
  });

  it('sums in cents: totals equal the sum of the comuni', () => {
    const sum = result.municipalities.reduce((s, m) => s + Math.round(m.proposed.netCost * 100), 0);
    expect(Math.round(result.totals.proposed.netCost * 100)).toBe(sum);
  });
});
