import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, DEMO_USERS, documentIdOf, http } from '../helpers/http';

let app: Core.Strapi;
let udp: Record<string, string>;
let sail: string;

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  udp = await authHeader(app, DEMO_USERS.udp);
  sail = await documentIdOf(app, 'api::service.service', { code: 'sail' });
}, 600000); // booting and seeding on a busy shared machine
afterAll(stopStrapi);

describe('cache headers of the public catalogue', () => {
  it('a public read carries an ETag; asked again with it, the answer is 304 without a body', async () => {
    const first = await http(app).get('/api/services');
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(first.headers.vary).toMatch(/Authorization/);
    const etag = first.headers.etag;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.body.data.length).toBeGreaterThan(10);

    const again = await http(app).get('/api/services').set('If-None-Match', etag);
    expect(again.status).toBe(304);
    expect(again.text ?? '').toBe('');
  });

  it('after an edit by the Ufficio di Piano the old ETag no longer matches: citizens see the change at once', async () => {
    const before = await http(app).get(`/api/services/${sail}`);
    expect(before.status).toBe(200);
    const edited = await http(app)
      .put(`/api/services/${sail}`)
      .set(udp)
      .send({ data: { name: `${before.body.data.name} (aggiornato)` } });
    expect(edited.status).toBe(200);

    const after = await http(app).get(`/api/services/${sail}`).set('If-None-Match', before.headers.etag);
    expect(after.status).toBe(200);
    expect(after.body.data.name).toBe(`${before.body.data.name} (aggiornato)`);
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('a signed-in read is neither stored nor given an ETag', async () => {
    const response = await http(app).get('/api/services').set(udp);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.headers.etag).toBeUndefined();
  });

  it('HSDS services (public) carry the same revalidation headers', async () => {
    const response = await http(app).get('/hsds/services');
    expect(response.status).toBe(200);
    expect(response.headers.etag).toMatch(/^W\//);
    expect((await http(app).get('/hsds/services').set('If-None-Match', response.headers.etag)).status).toBe(304);
  });
});

describe('default locale kept in memory', () => {
  it('a change of the default locale shows at once in reads without a locale', async () => {
    const locales = app.plugin('i18n').service('locales');
    const italian = await http(app).get(`/api/services/${sail}`);
    expect(italian.body.data.locale).toBe('it');
    await locales.setDefaultLocale({ code: 'en' });
    try {
      const english = await http(app).get(`/api/services/${sail}`);
      expect(english.status).toBe(200);
      expect(english.body.data.locale).toBe('en');
    } finally {
      await locales.setDefaultLocale({ code: 'it' });
    }
    expect((await http(app).get(`/api/services/${sail}`)).body.data.locale).toBe('it');
  });
});
