import { strapiDataProvider } from '../strapiDataProvider';
import { fakeHttpClient, httpError, strapiList } from './fakeHttpClient';
import { service } from './fixtures';

describe('strapiDataProvider reads', () => {
  describe('getList', () => {
    it('asks for the page, page size and sort react-admin shows, and returns the total', async () => {
      const { http, requests } = fakeHttpClient(strapiList([service], 42, 2, 10));
      const result = await strapiDataProvider('/api', http).getList('services', {
        pagination: { page: 2, perPage: 10 },
        sort: { field: 'name', order: 'ASC' },
        filter: {},
      });

      expect(requests[0].path).toBe('/api/services');
      expect(requests[0].params.get('pagination[page]')).toBe('2');
      expect(requests[0].params.get('pagination[pageSize]')).toBe('10');
      expect(requests[0].params.get('sort[0]')).toBe('name:asc');
      expect(result.total).toBe(42);
    });

    it('sorts descending when asked', async () => {
      const { http, requests } = fakeHttpClient(strapiList([]));
      await strapiDataProvider('/api', http).getList('providers', {
        pagination: { page: 1, perPage: 25 },
        sort: { field: 'updatedAt', order: 'DESC' },
        filter: {},
      });
      expect(requests[0].params.get('sort[0]')).toBe('updatedAt:desc');
    });

    it('maps documentId to id, drops the numeric id and turns populated relations into documentIds', async () => {
      const { http } = fakeHttpClient(strapiList([service]));
      const { data } = await strapiDataProvider('/api', http).getList('services', {
        pagination: { page: 1, perPage: 25 },
        sort: { field: 'name', order: 'ASC' },
        filter: {},
      });

      expect(data).toEqual([
        expect.objectContaining({
          id: 'svc1',
          name: 'Assistenza domiciliare',
          area: 'area1',
          municipalities: ['mun1', 'mun2'],
          lots: [{ id: 11, name: 'Lotto 1', scope: 'Zona nord' }],
        }),
      ]);
      expect(data[0]).not.toHaveProperty('documentId');
    });

    it('searches the name with q, matches relations by documentId and scalars by equality', async () => {
      const { http, requests } = fakeHttpClient(strapiList([]));
      await strapiDataProvider('/api', http).getList('services', {
        pagination: { page: 1, perPage: 25 },
        sort: { field: 'name', order: 'ASC' },
        filter: { q: 'domicil', area: 'area1', provider: 'prov1', status: 'active', procurementMode: '' },
      });

      const params = requests[0].params;
      expect(params.get('filters[name][$containsi]')).toBe('domicil');
      expect(params.get('filters[area][documentId][$eq]')).toBe('area1');
      expect(params.get('filters[provider][documentId][$eq]')).toBe('prov1');
      expect(params.get('filters[status][$eq]')).toBe('active');
      // an emptied filter input filters nothing
      expect([...params.keys()].some((key) => key.includes('procurementMode'))).toBe(false);
    });

    it('matches any of several values with $in, for relations and scalars', async () => {
      const { http, requests } = fakeHttpClient(strapiList([]));
      await strapiDataProvider('/api', http).getList('services', {
        pagination: { page: 1, perPage: 25 },
        sort: { field: 'name', order: 'ASC' },
        filter: { municipalities: ['mun1', 'mun2'], status: ['active', 'planned'] },
      });

      const params = requests[0].params;
      expect(params.get('filters[municipalities][documentId][$in][0]')).toBe('mun1');
      expect(params.get('filters[municipalities][documentId][$in][1]')).toBe('mun2');
      expect(params.get('filters[status][$in][0]')).toBe('active');
      expect(params.get('filters[status][$in][1]')).toBe('planned');
    });

    it('passes meta.populate (list or object) and meta.locale through', async () => {
      const { http, requests } = fakeHttpClient(strapiList([]), strapiList([]));
      const provider = strapiDataProvider('/api', http);
      await provider.getList('services', {
        pagination: { page: 1, perPage: 25 },
        sort: { field: 'name', order: 'ASC' },
        filter: {},
        meta: { populate: ['area', 'municipalities'], locale: 'en' },
      });
      await provider.getList('services', {
        pagination: { page: 1, perPage: 25 },
        sort: { field: 'name', order: 'ASC' },
        filter: {},
        meta: { populate: { area: { fields: ['name'] } } },
      });

      expect(requests[0].params.get('populate[0]')).toBe('area');
      expect(requests[0].params.get('populate[1]')).toBe('municipalities');
      expect(requests[0].params.get('locale')).toBe('en');
      expect(requests[1].params.get('populate[area][fields][0]')).toBe('name');
      expect(requests[1].params.has('locale')).toBe(false);
    });

    it('encodes filter values that hold URL characters', async () => {
      const { http, requests } = fakeHttpClient(strapiList([]));
      await strapiDataProvider('/api', http).getList('providers', {
        pagination: { page: 1, perPage: 25 },
        sort: { field: 'name', order: 'ASC' },
        filter: { q: 'Rossi & figli #2' },
      });
      expect(requests[0].params.get('filters[name][$containsi]')).toBe('Rossi & figli #2');
    });
  });

  describe('getOne', () => {
    it('reads the document by documentId with populate and locale', async () => {
      const { http, requests } = fakeHttpClient({ json: { data: service } });
      const { data } = await strapiDataProvider('/api', http).getOne('services', {
        id: 'svc1',
        meta: { populate: ['area'], locale: 'it' },
      });

      expect(requests[0].path).toBe('/api/services/svc1');
      expect(requests[0].params.get('populate[0]')).toBe('area');
      expect(requests[0].params.get('locale')).toBe('it');
      expect(data).toMatchObject({ id: 'svc1', name: 'Assistenza domiciliare', area: 'area1' });
    });

    it('starts from the fallback locale when the requested translation does not exist yet', async () => {
      const { http, requests } = fakeHttpClient(httpError(404, 'Not Found'), { json: { data: service } });
      const { data } = await strapiDataProvider('/api', http).getOne('services', {
        id: 'svc1',
        meta: { locale: 'en', fallbackLocale: 'it' },
      });

      expect(requests.map((r) => r.params.get('locale'))).toEqual(['en', 'it']);
      expect(data).toMatchObject({ id: 'svc1', locale: 'it', name: 'Assistenza domiciliare' });
    });

    it('lets a missing document fail when no fallback applies', async () => {
      const { http } = fakeHttpClient(httpError(404, 'Not Found'));
      await expect(strapiDataProvider('/api', http).getOne('services', { id: 'nope' })).rejects.toMatchObject({
        status: 404,
      });
    });
  });

  describe('getMany', () => {
    it('asks for all the documentIds at once', async () => {
      const { http, requests } = fakeHttpClient(
        strapiList([
          { id: 1, documentId: 'mun1', name: 'Comune Uno' },
          { id: 2, documentId: 'mun2', name: 'Comune Due' },
        ])
      );
      const { data } = await strapiDataProvider('/api', http).getMany('municipalities', { ids: ['mun1', 'mun2'] });

      expect(requests).toHaveLength(1);
      expect(requests[0].path).toBe('/api/municipalities');
      expect(requests[0].params.get('filters[documentId][$in][0]')).toBe('mun1');
      expect(requests[0].params.get('filters[documentId][$in][1]')).toBe('mun2');
      expect(requests[0].params.get('pagination[pageSize]')).toBe('2');
      expect(data.map((record) => record.id)).toEqual(['mun1', 'mun2']);
    });

    it('sends no request for no ids', async () => {
      const { http, requests } = fakeHttpClient();
      const { data } = await strapiDataProvider('/api', http).getMany('areas', { ids: [] });
      expect(requests).toHaveLength(0);
      expect(data).toEqual([]);
    });

    it('splits more ids than Strapi answers per page into several requests', async () => {
      const ids = Array.from({ length: 150 }, (_, index) => `doc${index}`);
      const { http, requests } = fakeHttpClient(
        strapiList(ids.slice(0, 100).map((documentId) => ({ documentId }))),
        strapiList(ids.slice(100).map((documentId) => ({ documentId })))
      );
      const { data } = await strapiDataProvider('/api', http).getMany('providers', { ids });
      expect(requests).toHaveLength(2);
      expect(data).toHaveLength(150);
    });
  });

  describe('getManyReference', () => {
    it("filters on the target relation's documentId", async () => {
      const { http, requests } = fakeHttpClient(
        strapiList([{ id: 4, documentId: 'acc1', register: 'Albo SAD', provider: { documentId: 'prov1' } }], 1)
      );
      const result = await strapiDataProvider('/api', http).getManyReference('accreditations', {
        target: 'provider',
        id: 'prov1',
        pagination: { page: 1, perPage: 25 },
        sort: { field: 'validFrom', order: 'DESC' },
        filter: { status: 'active' },
        meta: { populate: ['service'] },
      });

      const params = requests[0].params;
      expect(requests[0].path).toBe('/api/accreditations');
      expect(params.get('filters[provider][documentId][$eq]')).toBe('prov1');
      expect(params.get('filters[status][$eq]')).toBe('active');
      expect(params.get('sort[0]')).toBe('validFrom:desc');
      expect(params.get('populate[0]')).toBe('service');
      expect(result).toEqual({ data: [expect.objectContaining({ id: 'acc1', provider: 'prov1' })], total: 1 });
    });

    it('treats any target as a relation, even one the provider does not know', async () => {
      const { http, requests } = fakeHttpClient(strapiList([]));
      await strapiDataProvider('/api', http).getManyReference('measures', {
        target: 'fundingSourcesExtra',
        id: 'fs1',
        pagination: { page: 1, perPage: 25 },
        sort: { field: 'name', order: 'ASC' },
        filter: {},
      });
      expect(requests[0].params.get('filters[fundingSourcesExtra][documentId][$eq]')).toBe('fs1');
    });
  });
});
