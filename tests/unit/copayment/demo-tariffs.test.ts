import { computeQuote, validateTariff } from '../../../src/copayment/calculator';
import { municipalRegulations } from '../../../src/seed/copayment/municipal-tariffs';
import { sampleDatasets } from '../../../src/seed/copayment/sample-beneficiaries';
import { uniformRegulation } from '../../../src/seed/copayment/uniform-tariffs';
import { municipalities } from '../../../src/seed/data/municipalities';

describe('co-payment demo data (example figures)', () => {
  const regulations = [uniformRegulation, ...municipalRegulations];

  it('has only valid tariffs, for home care and social transport, in every regulation', () => {
    for (const regulation of regulations) {
      expect(Object.keys(regulation.tariffs).sort()).toEqual(['sad-sadh-adh', 'trasporto-sociale']);
      for (const tariff of Object.values(regulation.tariffs)) expect(validateTariff({ ...tariff })).toEqual([]);
      expect(regulation.notes).toContain('esempio');
    }
  });

  it('gives each of the 9 comuni tariffs of its own, all different', () => {
    expect(municipalRegulations.map((r) => r.municipality).sort()).toEqual(municipalities.map((m) => m.istatCode).sort());
    const citizen = { isee: 14000, householdSize: 2, quantity: 20 };
    const shares = municipalRegulations.map((r) => computeQuote(r.tariffs['sad-sadh-adh'], citizen).citizenCents);
    expect(new Set(shares).size).toBe(9);
  });

  it('has about 200 anonymous beneficiaries per service, spread over the 9 comuni', () => {
    for (const dataset of sampleDatasets) {
      expect(dataset.rows.length).toBeGreaterThanOrEqual(190);
      expect(dataset.rows.length).toBeLessThanOrEqual(215);
      expect(new Set(dataset.rows.map((r) => r.municipality)).size).toBe(9);
      for (const row of dataset.rows) {
        expect(row.isee).toBeGreaterThanOrEqual(0);
        expect(Number.isInteger(Math.round(row.isee * 100))).toBe(true);
        expect(row.quantity).toBeGreaterThan(0);
      }
    }
    const perComune = (istat: string) => sampleDatasets[0].rows.filter((r) => r.municipality === istat).length;
    expect(perComune('015070')).toBeGreaterThan(perComune('015016')); // Cernusco has 9 times Bellinzago's residents
  });
});
