import { toDashboard, toDemographicRow, toIndicator, toObjective } from '../api/normalize';

describe("the observatory's answers as the console reads them", () => {
  it('reads an objective with its period, area and indicators with yearly values oldest first', () => {
    const objective = toObjective({
      documentId: 'o1',
      code: 'segretariato-2015',
      period: { from: 2015, to: 2017, label: '2015-2017' },
      area: { code: 'azioni-trasversali', name: 'Azioni trasversali' },
      name: 'Segretariato sociale',
      type: 'specifico',
      interventions: 'Sportelli nei 9 Comuni',
      indicators: [
        {
          documentId: 'i1',
          name: 'Persone accolte',
          unit: 'persone',
          method: 'manual',
          values: [
            { year: 2017, value: 357, source: 'Relazione 2017', note: null },
            { year: 2016, value: '340', source: 'Relazione 2016' },
          ],
        },
      ],
    });
    expect(objective.period).toBe('2015-2017');
    expect(objective.area).toEqual({
      documentId: 'azioni-trasversali',
      name: 'Azioni trasversali',
      code: 'azioni-trasversali',
      istatCode: undefined,
    });
    expect(objective.indicators[0].kind).toBe('manual');
    expect(objective.indicators[0].values.map((v) => [v.year, v.value])).toEqual([
      [2016, 340],
      [2017, 357],
    ]);
  });

  it('tells computed indicators from manual ones and keeps unmeasured years as null', () => {
    const indicator = toIndicator({
      documentId: 'i2',
      name: 'Invii al servizio sociale',
      method: 'computed',
      values: [{ year: 2018, value: null }],
    });
    expect(indicator.kind).toBe('computed');
    expect(indicator.values).toEqual([{ year: 2018, value: null, source: null, note: null }]);
  });

  it('reads the Tabella 1 bands and the indices computed beside the published ones', () => {
    const row = toDemographicRow({
      documentId: 'd1',
      municipality: { documentId: 'm1', name: 'Bussero', istatCode: '015040' },
      year: 2018,
      age0to3: 162,
      age4to14: 801,
      age15to18: 336,
      age19to25: 595,
      age26to64: 4473,
      age65to85: 1800,
      over85: 273,
      total: 8440,
      indices: {
        ageingIndex: { computed: 215.26, published: 186.7, difference: 28.56 },
        over80Share: { computed: null, published: 9.1, difference: null },
      },
    });
    expect(row.bands['0-3']).toBe(162);
    expect(row.bands.over85).toBe(273);
    expect(row.total).toBe(8440);
    expect(row.indices.ageingIndex).toEqual({ computed: 215.26, published: 186.7, difference: 28.56 });
    expect(row.indices.over80Share.computed).toBeNull();
    expect(row.indices.foreignIncidence).toEqual({ computed: null, published: null, difference: null });
  });

  it('reads the dashboard counts as the server gives them, without adding any up', () => {
    const dashboard = toDashboard({
      filters: { from: 2026, to: 2026 },
      intakes: {
        total: 12,
        byNeed: [{ need: 'casa', count: '5' }],
        byMunicipality: [{ municipality: 'm1', name: 'Bussero', istatCode: '015040', count: 7 }],
        byMonth: [{ month: '2026-03', count: 4 }],
      },
    });
    expect(dashboard.intakes).toBe(12);
    expect(dashboard.byNeed[0]).toEqual({ need: 'casa', label: null, count: 5 });
    expect(dashboard.byMunicipality[0].municipality).toEqual({ documentId: 'm1', name: 'Bussero', istatCode: '015040' });
    expect(dashboard.byMonth[0].month).toBe('2026-03');
    expect(toDashboard({ intakes: { byNeed: [] } }).intakes).toBeNull();
  });
});
