import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, documentIdOf, http } from '../helpers/http';

let app: Core.Strapi;
let udp: Record<string, string>;
let sail: string;

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  udp = await authHeader(app, 'udp');
  sail = await documentIdOf(app, 'api::service.service', { code: 'sail' });
});
afterAll(stopStrapi);

describe('Italian first, English beside it', () => {
  it('has it as the default locale and en beside it', async () => {
    const locales = await app.plugin('i18n').service('locales').find();
    expect(locales.map((l: { code: string }) => l.code).sort()).toEqual(['en', 'it']);
    expect(await app.plugin('i18n').service('locales').getDefaultLocale()).toBe('it');
  });

  it('serves the catalogue in Italian by default and in English on request', async () => {
    const it = await http(app).get(`/api/services/${sail}?populate=area`);
    const en = await http(app).get(`/api/services/${sail}?locale=en&populate=area`);
    expect(it.body.data.locale).toBe('it');
    expect(en.body.data.locale).toBe('en');
    expect(it.body.data.name).not.toBe(en.body.data.name);
    expect(en.body.data.area.name).not.toBe(it.body.data.area.name);
    expect(en.body.data.area.locale).toBe('en');
    expect(en.body.data.procurementMode).toBe(it.body.data.procurementMode);
  });

  it('keeps the two translations apart when one is edited', async () => {
    await http(app)
      .put(`/api/services/${sail}?locale=it`)
      .set(udp)
      .send({ data: { description: 'Percorsi di inserimento lavorativo.' } })
      .expect(200);
    await http(app)
      .put(`/api/services/${sail}?locale=en`)
      .set(udp)
      .send({ data: { description: 'Work inclusion paths.' } })
      .expect(200);
    expect((await http(app).get(`/api/services/${sail}`)).body.data.description).toBe('Percorsi di inserimento lavorativo.');
    expect((await http(app).get(`/api/services/${sail}?locale=en`)).body.data.description).toBe('Work inclusion paths.');
  });

  it('shares non-localized fields across translations', async () => {
    await http(app)
      .put(`/api/services/${sail}?locale=it`)
      .set(udp)
      .send({ data: { contactPhone: '02 9999 0000' } })
      .expect(200);
    expect((await http(app).get(`/api/services/${sail}?locale=en`)).body.data.contactPhone).toBe('02 9999 0000');
  });
});
