import { READ_ONLY_KEYS, toWritePayload } from '../toWritePayload';

describe('toWritePayload', () => {
  it('drops every key Strapi refuses in a write body', () => {
    const record = Object.fromEntries(READ_ONLY_KEYS.map((key) => [key, 'x']));
    expect(toWritePayload({ ...record, name: 'Area anziani' })).toEqual({ name: 'Area anziani' });
  });

  it('turns populated relations into documentIds, one or many', () => {
    expect(
      toWritePayload({
        area: { id: 3, documentId: 'area1', name: 'Anziani' },
        providers: [{ documentId: 'p1' }, { documentId: 'p2' }],
        municipalities: ['m1'],
      })
    ).toEqual({ area: 'area1', providers: ['p1', 'p2'], municipalities: ['m1'] });
  });

  it("drops components' own ids so that the list is written afresh", () => {
    expect(toWritePayload({ lots: [{ id: 4, name: 'Lotto A', scope: '' }] })).toEqual({
      lots: [{ name: 'Lotto A', scope: null }],
    });
  });

  it('clears emptied fields with null, keeps false, 0 and explicit nulls, drops undefined', () => {
    expect(toWritePayload({ email: '', thirdSector: false, population: 0, validTo: null, notes: undefined })).toEqual({
      email: null,
      thirdSector: false,
      population: 0,
      validTo: null,
    });
  });
});
