import { validateTariff } from '../../../src/copayment/calculator';

const bandsTariff = (bands: unknown, extra: Record<string, unknown> = {}) => ({
  unit: 'hour',
  unitCost: 20,
  rule: 'bands',
  bands,
  ...extra,
});
const paths = (values: Record<string, unknown>) => validateTariff(values).map((e) => e.path.join('.'));

describe('tariff validation names the field, in Italian and English', () => {
  it('accepts a complete bands tariff and a complete linear one', () => {
    expect(
      validateTariff(
        bandsTariff([
          { iseeFrom: 0, iseeTo: 6000, sharePercent: 0 },
          { iseeFrom: 6000, iseeTo: null, sharePercent: 50 },
        ])
      )
    ).toEqual([]);
    expect(validateTariff({ unit: 'trip', unitCost: 14, rule: 'linear', iseeFloor: 5000, iseeCeiling: 20000 })).toEqual([]);
  });

  it('refuses overlapping bands', () => {
    const errors = validateTariff(
      bandsTariff([
        { iseeFrom: 0, iseeTo: 8000, sharePercent: 0 },
        { iseeFrom: 6000, iseeTo: null, sharePercent: 50 },
      ])
    );
    expect(errors.map((e) => e.path.join('.'))).toEqual(['bands.1.iseeFrom']);
    expect(errors[0].it).toContain('si sovrappone');
    expect(errors[0].en).toContain('overlaps');
    expect(errors[0].message).toContain('bands.1.iseeFrom');
  });

  it('refuses a gap, a first band not from 0, a last band that is closed', () => {
    expect(
      paths(
        bandsTariff([
          { iseeFrom: 0, iseeTo: 5000, sharePercent: 0 },
          { iseeFrom: 7000, iseeTo: null, sharePercent: 50 },
        ])
      )
    ).toEqual(['bands.1.iseeFrom']);
    expect(paths(bandsTariff([{ iseeFrom: 1000, iseeTo: null, sharePercent: 10 }]))).toEqual(['bands.0.iseeFrom']);
    const closed = validateTariff(bandsTariff([{ iseeFrom: 0, iseeTo: 5000, sharePercent: 10 }]));
    expect(closed.map((e) => e.path.join('.'))).toEqual(['bands.0.iseeTo']);
    expect(closed[0].en).toContain('missing');
    expect(paths(bandsTariff([]))).toEqual(['bands']);
  });

  it('refuses a share that goes down as the ISEE grows, above 100 % or negative', () => {
    expect(
      paths(
        bandsTariff([
          { iseeFrom: 0, iseeTo: 5000, sharePercent: 30 },
          { iseeFrom: 5000, iseeTo: null, sharePercent: 20 },
        ])
      )
    ).toEqual(['bands.1.sharePercent']);
    const above = validateTariff(bandsTariff([{ iseeFrom: 0, iseeTo: null, sharePercent: 120 }]));
    expect(above[0]).toMatchObject({
      path: ['bands', '0', 'sharePercent'],
      it: 'la quota non può superare il 100 %',
      en: 'the share cannot exceed 100%',
    });
    expect(paths({ unit: 'hour', unitCost: 20, rule: 'linear', iseeFloor: 0, iseeCeiling: 100, maxSharePercent: 101 })).toEqual([
      'maxSharePercent',
    ]);
    expect(paths(bandsTariff([{ iseeFrom: -1, iseeTo: null, sharePercent: 10 }]))).toEqual(['bands.0.iseeFrom']);
  });

  it('refuses a floor above (or at) the ceiling, and a share at the floor above the maximum', () => {
    const errors = validateTariff({ unit: 'hour', unitCost: 20, rule: 'linear', iseeFloor: 30000, iseeCeiling: 6000 });
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toEqual(['iseeFloor']);
    expect(errors[0].it).toContain('soglia di esenzione');
    expect(errors[0].en).toContain('exemption threshold');
    expect(paths({ unit: 'hour', unitCost: 20, rule: 'linear', iseeFloor: 1, iseeCeiling: 1 })).toEqual(['iseeFloor']);
    expect(
      paths({
        unit: 'hour',
        unitCost: 20,
        rule: 'linear',
        iseeFloor: 1,
        iseeCeiling: 2,
        minSharePercent: 60,
        maxSharePercent: 50,
      })
    ).toEqual(['minSharePercent']);
  });

  it('requires the fields of the rule and well-formed amounts', () => {
    expect(paths({ unit: 'hour', unitCost: 20, rule: 'linear' })).toEqual(['iseeFloor', 'iseeCeiling']);
    expect(paths({ unit: 'week', unitCost: 20.123, rule: 'steps', rounding: 'up' })).toEqual([
      'unit',
      'unitCost',
      'rule',
      'rounding',
    ]);
    expect(paths(bandsTariff([{ iseeFrom: '0', iseeTo: null, sharePercent: 10, colour: 'red' }]))).toEqual([
      'bands.0.colour',
      'bands.0.iseeFrom',
    ]);
  });

  it('checks household factors: sizes unique and whole, coefficients between 0.5 and 3', () => {
    const tariff = { unit: 'hour', unitCost: 20, rule: 'linear', iseeFloor: 0, iseeCeiling: 100 };
    expect(
      paths({
        ...tariff,
        householdFactors: [
          { householdSize: 2, coefficient: 1.1 },
          { householdSize: 2, coefficient: 1.2 },
        ],
      })
    ).toEqual(['householdFactors.1.householdSize']);
    expect(paths({ ...tariff, householdFactors: [{ householdSize: 1.5, coefficient: 4 }] })).toEqual([
      'householdFactors.0.householdSize',
      'householdFactors.0.coefficient',
    ]);
  });

  it('names fields under a prefix (a simulation proposal)', () => {
    expect(
      validateTariff({ unit: 'hour', unitCost: -1, rule: 'bands', bands: [] }, ['proposal']).map((e) => e.path.join('.'))
    ).toEqual(['proposal.unitCost', 'proposal.bands']);
  });
});
