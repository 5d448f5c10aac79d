import { strapiDataProvider } from '../strapiDataProvider';
import { fakeHttpClient, httpError } from './fakeHttpClient';
import { service } from './fixtures';

describe('strapiDataProvider writes', () => {
  describe('create', () => {
    it('posts { data } without read-only keys and answers the created record', async () => {
      const { http, requests } = fakeHttpClient({ status: 201, json: { data: { ...service, documentId: 'new1' } } });
      const { data } = await strapiDataProvider('/api', http).create('services', {
        data: { id: 'ignored', code: 'sad', name: 'Assistenza domiciliare', area: 'area1', municipalities: ['mun1'] },
      });

      expect(requests[0]).toMatchObject({ method: 'POST', path: '/api/services' });
      expect(requests[0].body).toEqual({
        data: { code: 'sad', name: 'Assistenza domiciliare', area: 'area1', municipalities: ['mun1'] },
      });
      expect(data.id).toBe('new1');
    });
  });

  describe('update', () => {
    it('puts only writable keys, with relations as documentIds, in the requested locale', async () => {
      const { http, requests } = fakeHttpClient({ json: { data: { ...service, locale: 'en', name: 'Home care' } } });
      const { data } = await strapiDataProvider('/api', http).update('services', {
        id: 'svc1',
        data: { ...service, id: 'svc1', name: 'Home care', description: '' },
        previousData: { id: 'svc1' },
        meta: { locale: 'en' },
      });

      expect(requests[0]).toMatchObject({ method: 'PUT', path: '/api/services/svc1' });
      expect(requests[0].params.get('locale')).toBe('en');
      expect(requests[0].body).toEqual({
        data: {
          name: 'Home care',
          procurementMode: 'accreditamento',
          area: 'area1',
          municipalities: ['mun1', 'mun2'],
          lots: [{ name: 'Lotto 1', scope: 'Zona nord' }],
          description: null,
        },
      });
      expect(data).toMatchObject({ id: 'svc1', name: 'Home care', locale: 'en' });
    });

    it('sends a record read through the provider back as documentIds', async () => {
      const { http, requests } = fakeHttpClient({ json: { data: service } }, { json: { data: service } });
      const provider = strapiDataProvider('/api', http);
      const { data: record } = await provider.getOne('services', { id: 'svc1', meta: { populate: '*' } });
      await provider.update('services', { id: 'svc1', data: record, previousData: record });

      expect(requests[0].params.get('populate')).toBe('*');
      expect(requests[1].body).toEqual({
        data: {
          name: 'Assistenza domiciliare',
          procurementMode: 'accreditamento',
          area: 'area1',
          municipalities: ['mun1', 'mun2'],
          lots: [{ name: 'Lotto 1', scope: 'Zona nord' }],
        },
      });
    });
  });

  describe('updateMany', () => {
    it('puts each document and answers their ids', async () => {
      const { http, requests } = fakeHttpClient(
        { json: { data: { documentId: 'a1' } } },
        { json: { data: { documentId: 'a2' } } }
      );
      const result = await strapiDataProvider('/api', http).updateMany('areas', {
        ids: ['a1', 'a2'],
        data: { legacy: true },
      });
      expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['PUT /api/areas/a1', 'PUT /api/areas/a2']);
      expect(requests[0].body).toEqual({ data: { legacy: true } });
      expect(result.data).toEqual(['a1', 'a2']);
    });
  });

  describe('delete', () => {
    it('deletes by documentId and answers the previous record (Strapi answers 204 without a body)', async () => {
      const { http, requests } = fakeHttpClient({ status: 204, json: undefined });
      const previousData = { id: 'prov1', name: 'Cooperativa Aurora' };
      const result = await strapiDataProvider('/api', http).delete('providers', { id: 'prov1', previousData });

      expect(requests[0]).toMatchObject({ method: 'DELETE', path: '/api/providers/prov1' });
      expect(requests[0].params.has('locale')).toBe(false);
      expect(result.data).toEqual(previousData);
    });

    it('deletes every language of a localized document, or the one named by meta.locale', async () => {
      const { http, requests } = fakeHttpClient({ status: 204 }, { status: 204 });
      const provider = strapiDataProvider('/api', http);
      await provider.delete('services', { id: 'svc1', previousData: { id: 'svc1' } });
      await provider.delete('services', { id: 'svc1', previousData: { id: 'svc1' }, meta: { locale: 'en' } });

      expect(requests[0].path).toBe('/api/services/svc1');
      expect(requests[0].params.get('locale')).toBe('*');
      expect(requests[1].params.get('locale')).toBe('en');
    });

    it('deleteMany deletes each document and answers their ids', async () => {
      const { http, requests } = fakeHttpClient({ status: 204 }, { status: 204 });
      const result = await strapiDataProvider('/api', http).deleteMany('municipalities', { ids: ['m1', 'm2'] });
      expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        'DELETE /api/municipalities/m1',
        'DELETE /api/municipalities/m2',
      ]);
      expect(result.data).toEqual(['m1', 'm2']);
    });
  });

  describe('errors', () => {
    it('lets the HTTP client error through, so the form shows field errors and the notification the message', async () => {
      const error = httpError(400, 'Dati non validi', { errors: { code: 'formato non valido' } });
      const { http } = fakeHttpClient(error);
      await expect(strapiDataProvider('/api', http).create('services', { data: { code: 'NOT VALID' } })).rejects.toBe(error);
    });
  });
});
