import { buildFilters } from '../../providers/buildFilters';

describe('the filters the case lists send', () => {
  it('search a last name or a code case-insensitively', () => {
    expect(buildFilters({ lastName_containsi: 'ross' })).toEqual({ lastName: { $containsi: 'ross' } });
    expect(buildFilters({ code_containsi: 'c-2026' })).toEqual({ code: { $containsi: 'c-2026' } });
  });

  it('compare a comune by its documentId and a fiscal code exactly', () => {
    expect(buildFilters({ municipality: 'abc', fiscalCode: 'RSSMRA80A01F205X' })).toEqual({
      municipality: { documentId: { $eq: 'abc' } },
      fiscalCode: { $eq: 'RSSMRA80A01F205X' },
    });
  });
});
