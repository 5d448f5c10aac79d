import { computeQuote, explainQuote, type TariffParameters } from '../../../src/copayment/calculator';

const bands: TariffParameters = {
  unit: 'hour',
  unitCost: 20.5,
  rule: 'bands',
  bands: [
    { iseeFrom: 0, iseeTo: 6000, sharePercent: 0 },
    { iseeFrom: 6000, iseeTo: 15000, sharePercent: 30 },
    { iseeFrom: 15000, iseeTo: null, sharePercent: 70 },
  ],
  householdFactors: [{ householdSize: 4, coefficient: 1.25 }],
  rounding: 'nearest-10-cents',
  monthlyCap: 100,
};
const context = {
  scheme: 'municipal' as const,
  fallback: false,
  municipalityName: 'Bussero',
  regulationName: 'Tariffe comunali vigenti – Bussero',
  validFrom: '2018-01-01',
  serviceName: { it: 'Assistenza domiciliare', en: 'Home care' },
};

/** Amounts are written with a no-break space before "€": compare with plain spaces. */
const explain = (...args: Parameters<typeof explainQuote>) => {
  const text = explainQuote(...args);
  return { it: text.it.replace(/\s/g, ' '), en: text.en.replace(/\s/g, ' ') };
};

describe('the explanation of a quote', () => {
  it('names the tariff, the rule, the band and the amounts in both languages', () => {
    const quote = computeQuote(bands, { isee: 12500, householdSize: 4, quantity: 10 });
    const text = explain(quote, context);
    // 12,500 ÷ 1.25 = 10,000 → band 2 (30 %): 6.15 → 6.20 per hour, × 10 = 62.00.
    expect(quote.citizenCents).toBe(6200);
    expect(text.it).toContain('Tariffa comunale di Bussero');
    expect(text.it).toContain('fascia 2 di 3');
    expect(text.it).toContain('30 %');
    expect(text.it).toContain('fattore famiglia 1,25');
    expect(text.it).toContain('A carico del cittadino 62,00 €');
    expect(text.en).toContain('band 2 of 3');
    expect(text.en).toContain('family factor 1.25');
    expect(text.en).toContain('Citizen pays €62.00');
  });

  it('tells when the cap is reached, and when the uniform tariff stands in for a missing one', () => {
    const quote = computeQuote(bands, { isee: 40000, householdSize: 1, quantity: 20 });
    const text = explain(quote, { ...context, scheme: 'uniform', fallback: true });
    expect(text.it).toContain('Tetto mensile di 100,00 € raggiunto');
    expect(text.en).toContain('Monthly cap of €100.00 reached');
    expect(text.it).toContain('Tariffa uniforme distrettuale');
    expect(text.it).toContain('non ha una tariffa propria');
    expect(text.en).toContain('has no tariff of its own');
    expect(text.it).toContain('fascia 3 di 3 (da 15.000,00 € in su)');
  });

  it('names the part of a linear rule that applied', () => {
    const linear: TariffParameters = {
      unit: 'trip',
      unitCost: 14,
      rule: 'linear',
      iseeFloor: 5000,
      iseeCeiling: 20000,
      maxSharePercent: 60,
    };
    const say = (isee: number) => explain(computeQuote(linear, { isee, householdSize: 1, quantity: 8 }), context);
    expect(say(3000).it).toContain('fascia di esenzione');
    expect(say(3000).en).toContain('exemption band');
    expect(say(12500).it).toContain('quota interpolata 30 %');
    expect(say(25000).en).toContain('full-tariff band');
  });
});
