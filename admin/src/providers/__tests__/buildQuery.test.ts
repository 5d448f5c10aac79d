import { buildFilters } from '../buildFilters';
import { buildQuery, withQuery } from '../buildQuery';
import { encodeQuery } from '../encodeQuery';

describe('encodeQuery', () => {
  it('writes nested objects and lists in bracket notation', () => {
    expect(encodeQuery({ pagination: { page: 1, pageSize: 25 }, sort: ['name:asc'], locale: 'it' })).toBe(
      'pagination[page]=1&pagination[pageSize]=25&sort[0]=name:asc&locale=it'
    );
  });

  it('skips undefined values', () => {
    expect(encodeQuery({ locale: undefined, populate: '*' })).toBe('populate=*');
  });
});

describe('buildFilters', () => {
  it("understands react-admin's comparison suffixes", () => {
    expect(buildFilters({ validTo_gte: '2026-01-01', validFrom_lte: '2026-12-31', status_ne: 'revoked' })).toEqual({
      validTo: { $gte: '2026-01-01' },
      validFrom: { $lte: '2026-12-31' },
      status: { $ne: 'revoked' },
    });
  });

  it('matches react-admin ids against documentId', () => {
    expect(buildFilters({ id: ['a', 'b'] })).toEqual({ documentId: { $in: ['a', 'b'] } });
  });

  it('keeps booleans, so "not third sector" filters too', () => {
    expect(buildFilters({ thirdSector: false })).toEqual({ thirdSector: { $eq: false } });
  });
});

describe('buildQuery', () => {
  it('is empty when there is nothing to ask', () => {
    expect(buildQuery({})).toBe('');
    expect(withQuery('/api/areas', '')).toBe('/api/areas');
  });

  it('produces the documented list query', () => {
    expect(
      buildQuery({
        pagination: { page: 1, perPage: 25 },
        sort: { field: 'name', order: 'ASC' },
        filter: { area: 'X' },
        meta: { populate: { area: true }, locale: 'it' },
      })
    ).toBe(
      'pagination[page]=1&pagination[pageSize]=25&sort[0]=name:asc&filters[area][documentId][$eq]=X&populate[area]=true&locale=it'
    );
  });
});
