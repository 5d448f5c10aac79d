import { JSDOM } from 'jsdom';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, DEMO_USERS, http } from '../helpers/http';

/**
 * The citizens' catalogue at /catalogo: HTML pages built with the same rules as a citizen's
 * GET /api/services (only active services, no field reserved to staff), searchable, in two languages.
 */
let app: Core.Strapi;
let udp: Record<string, string>;

interface ApiService {
  documentId: string;
  code: string;
  name: string;
  area: { code: string } | null;
  municipalities: { istatCode: string; name: string }[];
}

/** What a citizen's browser gets from the public API (no login). */
async function apiServices(locale = 'it'): Promise<ApiService[]> {
  const response = await http(app).get('/api/services').query({
    locale,
    'pagination[pageSize]': 100,
    'populate[area][fields][0]': 'code',
    'populate[municipalities][fields][0]': 'istatCode',
    'populate[municipalities][fields][1]': 'name',
  });
  expect(response.status).toBe(200);
  return response.body.data;
}

async function page(url: string, status = 200) {
  const response = await http(app).get(url);
  expect({ url, status: response.status }).toEqual({ url, status });
  expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
  return { response, document: new JSDOM(response.text).window.document };
}

const cardNames = (document: Document) => [...document.querySelectorAll('.card h3 a')].map((a) => a.textContent).sort();
const sorted = (names: string[]) => [...names].sort();

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  udp = await authHeader(app, DEMO_USERS.udp);
}, 600000); // booting on a busy shared machine
afterAll(stopStrapi);

describe('the list of services (/catalogo)', () => {
  it('lists exactly the active public services, the same as the public API and the database', async () => {
    const { document } = await page('/catalogo');
    const api = await apiServices();
    const inDb = await app.db
      .query('api::service.service')
      .findMany({ where: { status: 'active', locale: 'it' }, select: ['name'] });
    expect(cardNames(document)).toEqual(sorted(api.map((s) => s.name)));
    expect(cardNames(document)).toEqual(sorted(inDb.map((s: { name: string }) => s.name)));
    // The planned S.P.R.A.R. project of the demo is not offered to citizens yet.
    expect(document.body.textContent).not.toMatch(/S\.P\.R\.A\.R\./);
    expect(document.documentElement.lang).toBe('it');
    expect(document.title).toMatch(/Catalogo pubblico dei servizi/);
    expect(document.querySelector('h2.count')?.textContent).toBe(`${api.length} servizi trovati`);
  });

  it('has the landmarks, the skip link, a labelled search form that works without JavaScript, and the language switch', async () => {
    const { document } = await page('/catalogo');
    expect(document.querySelector('a.skip')?.getAttribute('href')).toBe('#contenuto');
    expect(document.querySelector('main#contenuto')).not.toBeNull();
    expect(document.querySelector('header')).not.toBeNull();
    expect(document.querySelector('footer')).not.toBeNull();
    const form = document.querySelector('form[role="search"]') as HTMLFormElement;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe('/catalogo');
    for (const name of ['q', 'area', 'comune']) {
      const control = form.querySelector(`[name="${name}"]`) as HTMLElement;
      expect(document.querySelector(`label[for="${control.id}"]`)?.textContent).toBeTruthy();
    }
    const toEnglish = document.querySelector('a.lang-switch');
    expect(toEnglish?.getAttribute('href')).toBe('/catalogo?lang=en');
    // Named in the language it leads to, and marked as such for screen readers.
    expect(toEnglish?.getAttribute('aria-label')).toBe('Read this page in English');
    expect(toEnglish?.getAttribute('lang')).toBe('en');
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelectorAll('style, [style]')).toHaveLength(0);
    expect(document.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe('/catalogo/catalogo.css');
  });

  it('filters by area, by comune and by need, and keeps the choices in the form', async () => {
    const api = await apiServices();
    const byArea = api.filter((s) => s.area?.code === 'contrasto-poverta');
    expect(byArea.length).toBeGreaterThan(1);
    const { document } = await page('/catalogo?area=contrasto-poverta');
    expect(cardNames(document)).toEqual(sorted(byArea.map((s) => s.name)));
    expect((document.querySelector('select[name="area"] option[selected]') as HTMLOptionElement).value).toBe('contrasto-poverta');

    // A comune a service does not cover: the UdP narrows SAIL to Bussero; Gessate's list no longer shows it.
    const sail = api.find((s) => s.code === 'sail') as ApiService;
    const bussero = sail.municipalities.find((m) => m.name === 'Bussero') as { istatCode: string };
    const gessate = sail.municipalities.find((m) => m.name === 'Gessate') as { istatCode: string };
    const municipalities = (
      await app.db.query('api::municipality.municipality').findMany({ where: { istatCode: bussero.istatCode } })
    ).map((m: { documentId: string }) => m.documentId);
    const edited = await http(app)
      .put(`/api/services/${sail.documentId}`)
      .query({ locale: 'it' })
      .set(udp)
      .send({ data: { municipalities } });
    expect(edited.status).toBe(200);
    const inGessate = await page(`/catalogo?comune=${gessate.istatCode}`);
    const expected = (await apiServices())
      .filter((s) => s.municipalities.some((m) => m.istatCode === gessate.istatCode))
      .map((s) => s.name);
    expect(cardNames(inGessate.document)).toEqual(sorted(expected));
    expect(cardNames(inGessate.document)).not.toContain(sail.name);
    expect(cardNames((await page(`/catalogo?comune=${bussero.istatCode}`)).document)).toContain(sail.name);

    // Free text: every word, without accents, singular or plural.
    const homeCare = await page('/catalogo?q=assistenza+domiciliare');
    expect(cardNames(homeCare.document).some((name) => /domiciliare/i.test(name as string))).toBe(true);
    expect(cardNames(homeCare.document).length).toBeLessThan(api.length);
    expect((homeCare.document.querySelector('input[name="q"]') as HTMLInputElement).value).toBe('assistenza domiciliare');
    const nothing = await page('/catalogo?q=astronave');
    expect(cardNames(nothing.document)).toEqual([]);
    expect(nothing.document.body.textContent).toMatch(/Nessun servizio corrisponde alla ricerca/);
  });

  it('in English with ?lang=en: lang="en", the English names, a switch back to Italian', async () => {
    const { document } = await page('/catalogo?lang=en&area=contrasto-poverta');
    expect(document.documentElement.lang).toBe('en');
    expect(document.querySelector('h1')?.textContent).toBe('Public catalogue of services');
    const english = (await apiServices('en')).filter((s) => s.area?.code === 'contrasto-poverta');
    expect(cardNames(document)).toEqual(sorted(english.map((s) => s.name)));
    expect((document.querySelector('input[name="lang"]') as HTMLInputElement).value).toBe('en');
    expect(document.querySelector('a.lang-switch')?.getAttribute('href')).toBe('/catalogo?area=contrasto-poverta');
    expect(document.querySelector('.card h3 a')?.getAttribute('href')).toMatch(/^\/catalogo\/servizi\/[a-z0-9-]+\?lang=en$/);
  });

  it('a search finds the words of either language: "casa" on the English page, "home care" on the Italian one', async () => {
    const italian = cardNames((await page('/catalogo?q=casa')).document);
    const english = await page('/catalogo?q=casa&lang=en');
    expect(italian.length).toBeGreaterThan(0);
    expect(cardNames(english.document)).toHaveLength(italian.length);
    const homeCare = cardNames((await page('/catalogo?q=home+care')).document);
    expect(homeCare.some((name) => /domiciliare/i.test(name as string))).toBe(true);
  });
});

describe('the page of a service (/catalogo/servizi/<code>)', () => {
  it('says who it is for, how to apply, the contacts, the providers and the comuni it covers', async () => {
    const service = (await apiServices()).find((s) => s.code === 'segretariato-sociale') as ApiService;
    const { document } = await page('/catalogo/servizi/segretariato-sociale');
    expect(document.querySelector('h1')?.textContent).toBe(service.name);
    expect(document.title).toMatch(new RegExp(`^${service.name.replace(/[.()]/g, '\\$&')} – `));
    const headings = [...document.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual([
      'A chi è rivolto',
      'Come fare domanda',
      'Contatti',
      'Comuni in cui è attivo',
      'Come è organizzato',
    ]);
    expect(document.querySelector('a[href="mailto:segretariato@example.org"]')).not.toBeNull();
    expect(document.querySelectorAll('#contatti ~ .providers li, .providers li').length).toBeGreaterThan(0);
    expect([...document.querySelectorAll('.comuni li')].map((li) => li.textContent)).toEqual(
      service.municipalities.map((m) => m.name).sort((a, b) => a.localeCompare(b, 'it'))
    );
    expect(document.querySelector('nav[aria-label="Percorso"] [aria-current="page"]')?.textContent).toBe(service.name);
    // The same page by its documentId, and in English.
    const byId = await page(`/catalogo/servizi/${service.documentId}`);
    expect(byId.document.querySelector('h1')?.textContent).toBe(service.name);
    const english = await page('/catalogo/servizi/segretariato-sociale?lang=en');
    expect(english.document.documentElement.lang).toBe('en');
    expect(english.document.querySelector('h1')?.textContent).toBe('Social front desk (segretariato sociale)');
    expect([...english.document.querySelectorAll('h2')].map((h) => h.textContent)).toContain('How to apply');
  });

  it('shows no field reserved to staff and no provider detail beyond its public contacts', async () => {
    const services = await app
      .documents('api::service.service')
      .findMany({ locale: 'it', filters: { status: 'active' }, populate: { providers: true } } as never);
    const pages = await Promise.all(
      (services as { code: string }[]).map(async (s) => (await http(app).get(`/catalogo/servizi/${s.code}`)).text)
    );
    const all = pages.join('\n');
    for (const service of services as unknown as {
      internalNotes?: string;
      caseWorkflow?: string;
      caseForms?: unknown;
      yearlyBudget?: number;
      providers: { vatNumber?: string; fiscalCode?: string; address?: string }[];
    }[]) {
      if (service.internalNotes) expect(all).not.toContain(service.internalNotes.slice(0, 60));
      for (const provider of service.providers) {
        for (const value of [provider.vatNumber, provider.fiscalCode, provider.address])
          if (value) expect(all).not.toContain(value);
      }
    }
    for (const word of ['caseForms', 'caseWorkflow', 'internalNotes', 'yearlyBudget', 'api::']) expect(all).not.toContain(word);
  });

  it('escapes what the Ufficio di Piano typed', async () => {
    const sail = (await apiServices()).find((s) => s.code === 'sail') as ApiService;
    const text = 'Orari <script>alert("x")</script> & <b>sportello</b>';
    const edited = await http(app)
      .put(`/api/services/${sail.documentId}`)
      .query({ locale: 'it' })
      .set(udp)
      .send({ data: { howToApply: text } });
    expect(edited.status).toBe(200);
    const { response, document } = await page('/catalogo/servizi/sail');
    expect(response.text).not.toContain('<script>alert');
    expect(response.text).toContain('&lt;script&gt;');
    expect(document.querySelector('#come')?.parentElement?.textContent).toContain(text);
  });
});

describe('pages that do not exist and searches that cannot be run', () => {
  it.each(['/catalogo/servizi/sprar', '/catalogo/servizi/nessun-servizio', '/catalogo/altro', '/catalogo/servizi/a/b'])(
    '%s answers a 404 page in Italian',
    async (url) => {
      const { document } = await page(url, 404);
      expect(document.documentElement.lang).toBe('it');
      expect(document.querySelector('h1')?.textContent).toBe('Pagina non trovata');
      expect(document.querySelector('main a')?.getAttribute('href')).toBe('/catalogo');
    }
  );

  it('a link shared with tracking parameters (fbclid, utm_…) opens the page they were added to', async () => {
    const { document } = await page('/catalogo?q=casa&fbclid=IwAR0abc&utm_source=newsletter', 200);
    expect(document.querySelector('h1')?.textContent).not.toBe('Ricerca non valida');
    expect((document.querySelector('input[name="q"]') as HTMLInputElement | null)?.value).toBe('casa');
  });

  it('a 404 in English when asked in English', async () => {
    const { document } = await page('/catalogo/servizi/sprar?lang=en', 404);
    expect(document.documentElement.lang).toBe('en');
    expect(document.querySelector('h1')?.textContent).toBe('Page not found');
  });

  it.each([
    ['/catalogo?comune=Milano', /Comune: non è un Comune dell'Ambito/],
    ['/catalogo?area=giardinaggio', /Area: non è un'area del catalogo/],
    ['/catalogo?area=contrasto-poverta&area=benessere-familiare', /Area: indicare un solo valore/],
    ['/catalogo?lang=fr', /Lingua: scegliere italiano \(it\) o inglese \(en\)/],
    [`/catalogo?q=${'a'.repeat(101)}`, /Di che cosa hai bisogno\?: al massimo 100 caratteri/],
    ['/catalogo?filters[status]=planned', /«filters» non è un campo della ricerca/],
    ['/catalogo/servizi/sail?q=casa', /«q» non è un campo della ricerca/],
  ])('%s answers a 400 page saying what is wrong, in words', async (url, message) => {
    const { document } = await page(url, 400);
    expect(document.querySelector('h1')?.textContent).toBe('Ricerca non valida');
    expect(document.querySelector('.problems')?.textContent).toMatch(message);
    // The other language too, marked as such.
    expect(document.querySelector('.problems [lang="en"]')?.textContent).toBeTruthy();
  });
});

describe('served fast and safely', () => {
  it('with an ETag: asked again, 304 without a body; an edit changes it', async () => {
    const first = await http(app).get('/catalogo');
    expect(first.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(first.headers.etag).toMatch(/^W\/".+"$/);
    const again = await http(app).get('/catalogo').set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
    expect(again.text ?? '').toBe('');

    const service = await http(app).get('/catalogo/servizi/trasporto-sociale');
    const id = (await apiServices()).find((s) => s.code === 'trasporto-sociale')?.documentId;
    await http(app)
      .put(`/api/services/${id}`)
      .query({ locale: 'it' })
      .set(udp)
      .send({ data: { contactPhone: '02 9999 0000' } })
      .expect(200);
    const changed = await http(app).get('/catalogo/servizi/trasporto-sociale').set('If-None-Match', service.headers.etag);
    expect(changed.status).toBe(200);
    expect(changed.text).toContain('02 9999 0000');
    expect(changed.text).toContain('href="tel:0299990000"');
  });

  it('its stylesheet is a file of its own, allowed by the security policy', async () => {
    const css = await http(app).get('/catalogo/catalogo.css');
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers.etag).toMatch(/^W\//);
    expect(css.text).toMatch(/@media print/);
    const html = await http(app).get('/catalogo');
    expect(html.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(html.headers['x-frame-options']).toBe('DENY');
  });

  it('the HSDS root points to the pages for people', async () => {
    const root = await http(app).get('/hsds/');
    expect(root.status).toBe(200);
    expect(root.headers.link).toMatch(/<http:\/\/[^>]+\/catalogo>; rel="alternate"; type="text\/html"/);
  });
});
