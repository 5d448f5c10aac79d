import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, DEMO_USERS, documentIdOf, http } from '../helpers/http';

/**
 * The public catalogue as Open Referral HSDS 3.1, read without login: every answer of the 11 endpoints of
 * the API reference validates against the specification's own schemas (tests/fixtures/hsds/official),
 * each standard parameter does what the reference says, only active services appear, never their
 * budget or notes.
 */
let app: Core.Strapi;
const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
addFormats(ajv);
const dir = path.join(__dirname, '..', 'fixtures', 'hsds');
const official = path.join(dir, 'official');
const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
for (const file of fs.readdirSync(path.join(official, 'parts'))) ajv.addSchema(read(path.join(official, 'parts', file)), file);
for (const file of ['service_list', 'organization_list', 'service_at_location_list'])
  ajv.addSchema(read(path.join(official, `${file}.json`)), `${file}.json`);
const reference = read(path.join(official, 'openapi.json'));
ajv.addSchema(reference.components.schemas.Page, 'Page');
ajv.addSchema(reference.paths['/'].get.responses['200'].content['application/json'].schema, 'root');
ajv.addSchema(read(path.join(dir, 'datapackage.json')), 'datapackage');

function expectValid(schema: string, value: unknown) {
  const validate = ajv.getSchema(schema)!;
  if (!validate(value)) throw new Error(`${schema}: ${ajv.errorsText(validate.errors)}`);
}
/** A list endpoint's answer: the specification's Page, each item valid as `item`, `size` the items returned. */
function expectPage(body: { contents: unknown[]; size: number }, item: string) {
  expectValid('Page', body);
  for (const entry of body.contents) expectValid(item, entry);
  expect(body.size).toBe(body.contents.length);
}

/** A CSV (RFC 4180, as the export writes it) into rows of cells. */
const parseCsv = (text: string): string[][] => parse(text);

let activeCodes: string[];
let hiddenTexts: string[];
beforeAll(async () => {
  app = await startStrapi({ demo: true });
  const services = await app.db
    .query('api::service.service')
    .findMany({ where: { locale: 'it' }, select: ['code', 'status', 'internalNotes'] });
  activeCodes = services
    .filter((s: { status: string }) => s.status === 'active')
    .map((s: { code: string }) => s.code)
    .sort();
  hiddenTexts = services
    .filter((s: { internalNotes: string | null }) => s.internalNotes)
    .map((s: { internalNotes: string }) => s.internalNotes.slice(0, 40));
}, 600000); // booting and seeding on a busy PostgreSQL can take minutes
afterAll(stopStrapi);

describe('HSDS API, public', () => {
  it('/hsds/ tells the version and profile', async () => {
    const response = await http(app).get('/hsds/');
    expect(response.status).toBe(200);
    expectValid('root', response.body);
    expect(response.body.version).toBe('3.1');
    // openapi_url names this API's own document, which lists every endpoint of the reference.
    const openapi = await http(app).get(new URL(response.body.openapi_url).pathname);
    expect(openapi.status).toBe(200);
    expect(Object.keys(openapi.body.paths).sort()).toEqual(Object.keys(reference.paths).sort());
    expect(Object.keys(openapi.body.components.parameters).sort()).toEqual(
      expect.arrayContaining(Object.keys(reference.components.parameters).sort())
    );
  });

  it('/hsds/services lists the active services, paginated with the spec’s fields', async () => {
    const all = await http(app).get('/hsds/services?per_page=200');
    expect(all.status).toBe(200);
    expectPage(all.body, 'service_list.json');
    expect(all.body).toMatchObject({
      total_items: activeCodes.length,
      total_pages: 1,
      page_number: 1,
      first_page: true,
      last_page: true,
      empty: false,
    });
    expect(all.body.contents.map((s: { alternate_name: string }) => s.alternate_name).sort()).toEqual(activeCodes);
    expect(activeCodes).not.toContain('sprar'); // planned, not active
    const text = JSON.stringify(all.body);
    expect(text).not.toMatch(/yearlyBudget|internalNotes|yearly_budget/);
    for (const hidden of hiddenTexts) expect(text).not.toContain(hidden);

    const page2 = await http(app).get('/hsds/services?page=2&per_page=5');
    expectPage(page2.body, 'service_list.json');
    expect(page2.body).toMatchObject({
      total_items: activeCodes.length,
      total_pages: Math.ceil(activeCodes.length / 5),
      page_number: 2,
      size: 5,
      first_page: false,
      empty: false,
    });
    const last = await http(app).get(`/hsds/services?page=${Math.ceil(activeCodes.length / 5)}&per_page=5`);
    expect(last.body.size).toBe(activeCodes.length % 5 || 5);
    expect(page2.body.contents).toHaveLength(5);
    const beyond = await http(app).get('/hsds/services?page=99&per_page=5');
    expect(beyond.body).toMatchObject({ empty: true, last_page: true, contents: [] });
    const bad = await http(app).get('/hsds/services?per_page=0');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['query', 'per_page']);
  });

  it('/hsds/services/{id} gives one service with its comuni, phone and classifications', async () => {
    const list = await http(app).get('/hsds/services?per_page=200');
    const sail = list.body.contents.find((s: { alternate_name: string }) => s.alternate_name === 'sail');
    const response = await http(app).get(`/hsds/services/${sail.id}`);
    expect(response.status).toBe(200);
    expectValid('service.json', response.body);
    expect(response.body.service_at_locations.length).toBeGreaterThan(0);
    expect(response.body.service_at_locations[0].location.addresses[0]).toMatchObject({ country: 'IT', state_province: 'MI' });
    const terms = response.body.attributes.map((a: { taxonomy_term: { code: string } }) => a.taxonomy_term.code);
    expect(terms).toEqual(['contrasto-poverta', 'appalto']);
    expect((await http(app).get('/hsds/services/00000000-0000-5000-8000-000000000000')).status).toBe(404);
    const planned = await app.db.query('api::service.service').findOne({ where: { code: 'sprar' } });
    expect((await http(app).get(`/hsds/services/${planned.documentId}`)).status).toBe(404);
  });
});

describe('Tabular Data Package', () => {
  it('datapackage.json describes one CSV per table, each CSV matching its schema and links', async () => {
    const descriptor = await http(app).get('/hsds/datapackage.json');
    expect(descriptor.status).toBe(200);
    expectValid('datapackage', descriptor.body);
    const names = descriptor.body.resources.map((r: { name: string }) => r.name);
    expect(names).toEqual([
      'organization',
      'service',
      'location',
      'service_at_location',
      'address',
      'phone',
      'taxonomy',
      'taxonomy_term',
      'attribute',
    ]);
    const tables: Record<string, Record<string, string>[]> = {};
    for (const resource of descriptor.body.resources) {
      const response = await http(app).get(`/hsds/${resource.path}`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toContain('text/csv');
      const [header, ...rows] = parseCsv(response.text);
      expect(header).toEqual(resource.schema.fields.map((f: { name: string }) => f.name));
      tables[resource.name] = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    }
    expect(tables.service.map((s) => s.alternate_name).sort()).toEqual(activeCodes);
    const providers = await app.db.query('api::provider.provider').count();
    expect(tables.organization).toHaveLength(1 + providers);
    expect(tables.location).toHaveLength(9);
    expect(tables.address.map((a) => a.postal_code)).not.toContain('');
    // Every link points to a row that exists.
    for (const resource of descriptor.body.resources)
      for (const key of resource.schema.foreignKeys ?? [])
        for (const row of tables[resource.name])
          expect(tables[key.reference.resource].some((target) => target.id === row[key.fields])).toBe(true);
    // Taxonomy terms: the areas and the procurement modes.
    const taxonomies = Object.fromEntries(tables.taxonomy.map((t) => [t.id, t.name]));
    const byTaxonomy = (name: string) =>
      tables.taxonomy_term
        .filter((t) => taxonomies[t.taxonomy_id] === name)
        .map((t) => t.code)
        .sort();
    expect(byTaxonomy('Modalità di affidamento')).toEqual([
      'accreditamento',
      'albo-fornitori',
      'appalto',
      'co-progettazione',
      'convenzione',
      'gestione-diretta',
    ]);
    expect(byTaxonomy('Aree di intervento – Ambito Distretto 4')).toEqual([
      'azioni-trasversali',
      'benessere-familiare',
      'contrasto-poverta',
      'promozione-autonomie',
    ]);
    expect(tables.attribute.every((a) => tables.service.some((s) => s.id === a.link_id))).toBe(true);
    // Each row re-validates as the HSDS object (CSV cells are strings; empty cells are absent).
    const clean = (row: Record<string, string>) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== ''));
    for (const row of tables.address) expectValid('address.json', clean(row));
    for (const row of tables.taxonomy_term) expectValid('taxonomy_term.json', clean(row));
    for (const row of tables.phone) expectValid('phone.json', clean(row));
    for (const row of tables.organization) expectValid('organization.json', clean(row));
    expect((await http(app).get('/hsds/tables/users.csv')).status).toBe(404);
    expect(JSON.stringify(tables)).not.toMatch(/internalNotes|yearlyBudget/);
  });
});

describe('the other endpoints and the standard parameters', () => {
  const get = async (url: string) => {
    const response = await http(app).get(url);
    expect([url, response.status]).toEqual([url, 200]);
    return response.body;
  };
  const codes = (body: { contents: { alternate_name?: string }[] }) => body.contents.map((s) => s.alternate_name).sort();

  it('/services: search, taxonomy, organization, date, postcode, minimal, full, ndjson', async () => {
    expect(codes(await get('/hsds/services?search=SAIL&per_page=200'))).toEqual(['sail']);
    expect(codes(await get('/hsds/services?search=fragilita&per_page=200'))).toContain('sail'); // accents ignored

    const terms = await get('/hsds/taxonomy_terms?per_page=200');
    expectPage(terms, 'taxonomy_term.json');
    const poverty = terms.contents.find((t: { code: string }) => t.code === 'contrasto-poverta');
    const byTerm = await get(`/hsds/services?taxonomy_term_id=${poverty.id}&per_page=200&full=true`);
    expectPage(byTerm, 'service.json');
    expect(byTerm.contents.length).toBeGreaterThan(0);
    for (const s of byTerm.contents)
      expect(s.attributes.map((a: { taxonomy_term_id: string }) => a.taxonomy_term_id)).toContain(poverty.id);
    expect((await get(`/hsds/services?taxonomy_id=${poverty.taxonomy_id}&per_page=200`)).total_items).toBe(activeCodes.length);

    const organizations = await get('/hsds/organizations?per_page=200');
    expectPage(organizations, 'organization_list.json');
    const district = organizations.contents[0];
    expect((await get(`/hsds/services?organization_id=${district.id}&per_page=200`)).total_items).toBe(activeCodes.length);
    const withServices = await get('/hsds/organizations?per_page=200&full_service=true');
    const provider = withServices.contents.find(
      (o: { id: string; services: unknown[] }) => o.id !== district.id && o.services.length > 0
    );
    expect(provider).toBeDefined();
    const ofProvider = await get(`/hsds/services?organization_id=${provider.id}&per_page=200`);
    expect(codes(ofProvider)).toEqual(provider.services.map((s: { alternate_name: string }) => s.alternate_name).sort());

    expect((await get('/hsds/services?modified_after=2000-01-01T00:00:00Z&per_page=200')).total_items).toBe(activeCodes.length);
    expect(await get('/hsds/services?modified_after=2999-01-01T00:00:00Z')).toMatchObject({
      total_items: 0,
      empty: true,
      size: 0,
    });
    const bad = await http(app).get('/hsds/services?modified_after=ieri');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['query', 'modified_after']);

    const cernusco = await get('/hsds/services?postcode=20063&per_page=200&full=true');
    expect(cernusco.total_items).toBeGreaterThan(0);
    for (const s of cernusco.contents)
      expect(
        s.service_at_locations.some(
          (l: { location: { addresses: { postal_code: string }[] } }) => l.location.addresses[0].postal_code === '20063'
        )
      ).toBe(true);
    expect((await get('/hsds/services?postcode=20063&proximity=500')).total_items).toBe(cernusco.total_items);

    const minimal = await get('/hsds/services?minimal=true&per_page=200');
    expectPage(minimal, 'service_list.json');
    for (const s of minimal.contents) expect(Object.keys(s).sort()).toEqual(['id', 'last_modified', 'name', 'status']);
    const summary = await get('/hsds/services?per_page=1');
    expect(summary.contents[0]).not.toHaveProperty('phones');
    expect((await get('/hsds/services?per_page=1&full=true')).contents[0]).toHaveProperty('phones');

    const ndjson = await http(app).get('/hsds/services?format=ndjson&per_page=2');
    expect(ndjson.headers['content-type']).toContain('application/x-ndjson');
    const lines = ndjson.text
      .trim()
      .split('\n')
      .map((l: string) => JSON.parse(l));
    expect(lines).toHaveLength(activeCodes.length);
    for (const line of lines) expectValid('service_list.json', line);
    expect((await http(app).get('/hsds/services?format=xml')).status).toBe(400);
    expect((await http(app).get('/hsds/services?minimal=forse')).status).toBe(400);
  });

  it('/organizations and /organizations/{id}: the district and the providers, with their services', async () => {
    const list = await get('/hsds/organizations?per_page=200&full=true');
    expectPage(list, 'organization_list.json');
    expect(list.total_items).toBe(1 + (await app.db.query('api::provider.provider').count()));
    for (const o of list.contents) if (o.website) expect(o.website).toMatch(/^https?:\/\//);
    const provider = list.contents.find((o: { services: unknown[] }, i: number) => i > 0 && o.services.length > 0);
    const one = await get(`/hsds/organizations/${provider.id}?full_service=true`);
    expectValid('organization.json', one);
    for (const s of one.services) expectValid('service.json', s);
    expect(
      (await get(`/hsds/organizations?search=${encodeURIComponent(provider.name.slice(0, 6))}`)).contents.map(
        (o: { id: string }) => o.id
      )
    ).toContain(provider.id);
    expect((await http(app).get('/hsds/organizations/00000000-0000-5000-8000-000000000000')).status).toBe(404);
    expect(JSON.stringify(list.contents)).not.toMatch(/internalNotes|yearlyBudget|fiscalCode/);
  });

  it('/taxonomies, /taxonomy_terms and their single records', async () => {
    const taxonomies = await get('/hsds/taxonomies');
    expectPage(taxonomies, 'taxonomy.json');
    expect(taxonomies.contents.map((t: { name: string }) => t.name)).toEqual([
      'Aree di intervento – Ambito Distretto 4',
      'Modalità di affidamento',
    ]);
    const procurement = taxonomies.contents[1];
    expectValid('taxonomy.json', await get(`/hsds/taxonomies/${procurement.id}`));
    const terms = await get(`/hsds/taxonomy_terms?taxonomy_id=${procurement.id}&top_only=true`);
    expectPage(terms, 'taxonomy_term.json');
    expect(terms.contents.map((t: { code: string }) => t.code).sort()).toEqual([
      'accreditamento',
      'albo-fornitori',
      'appalto',
      'co-progettazione',
      'convenzione',
      'gestione-diretta',
    ]);
    expectValid('taxonomy_term.json', await get(`/hsds/taxonomy_terms/${terms.contents[0].id}`));
    expect((await get(`/hsds/taxonomy_terms?parent_id=${terms.contents[0].id}`)).total_items).toBe(0);
    expect((await get('/hsds/taxonomies?search=affidamento')).total_items).toBe(1);
    expect((await http(app).get('/hsds/taxonomies/nope')).status).toBe(404);
    expect((await http(app).get('/hsds/taxonomy_terms/nope')).status).toBe(404);
  });

  it('/service_at_locations and /service_at_locations/{id}', async () => {
    const list = await get('/hsds/service_at_locations?per_page=200&postcode=20061');
    expectPage(list, 'service_at_location_list.json');
    expect(list.total_items).toBeGreaterThan(0);
    for (const sal of list.contents) expect(sal.location.addresses[0].city).toBe('Carugate');
    const one = await get(`/hsds/service_at_locations/${list.contents[0].id}`);
    expectValid('service_at_location.json', one);
    expect(one.service.id).toBe(list.contents[0].service_id);
    expect((await http(app).get('/hsds/service_at_locations/00000000-0000-5000-8000-000000000000')).status).toBe(404);
    expect((await http(app).get('/hsds/service_at_locations?filters[x]=1')).status).toBe(400);
  });
});

describe('after an edit of the catalogue', () => {
  it('the next answers show it: a renamed service, a renamed provider, a suspended service gone', async () => {
    const udp = await authHeader(app, DEMO_USERS.udp);
    const sail = await documentIdOf(app, 'api::service.service', { code: 'sail' });
    const listed = await http(app).get('/hsds/services?search=SAIL&per_page=200');
    const id = listed.body.contents[0].id;
    const organizations = (await http(app).get('/hsds/organizations?per_page=200')).body.contents;
    const single = await http(app).get(`/hsds/services/${id}`);
    expect(single.status).toBe(200);

    const renamed = await http(app)
      .put(`/api/services/${sail}`)
      .set(udp)
      .send({ data: { name: 'Servizio SAIL rinominato' } });
    expect(renamed.status).toBe(200);
    expect((await http(app).get(`/hsds/services/${id}`)).body.name).toBe('Servizio SAIL rinominato');
    expect((await http(app).get('/hsds/services?search=rinominato')).body.contents.map((s: { id: string }) => s.id)).toEqual([
      id,
    ]);
    // A browser holding the answer from before the edit gets the new one, not "304 Not Modified".
    const again = await http(app).get(`/hsds/services/${id}`).set('If-None-Match', single.headers.etag);
    expect(again.status).toBe(200);

    const provider = organizations.find((o: { name: string }) => o.name !== organizations[0].name);
    const providerId = await documentIdOf(app, 'api::provider.provider', { name: provider.name });
    expect(
      (
        await http(app)
          .put(`/api/providers/${providerId}`)
          .set(udp)
          .send({ data: { name: 'Ente rinominato' } })
      ).status
    ).toBe(200);
    expect((await http(app).get(`/hsds/organizations/${provider.id}`)).body.name).toBe('Ente rinominato');

    expect(
      (
        await http(app)
          .put(`/api/services/${sail}`)
          .set(udp)
          .send({ data: { status: 'suspended' } })
      ).status
    ).toBe(200);
    expect((await http(app).get(`/hsds/services/${id}`)).status).toBe(404);
    const ids = (await http(app).get('/hsds/services?per_page=200')).body.contents.map((s: { id: string }) => s.id);
    expect(ids).not.toContain(id);
    const atLocations = (await http(app).get('/hsds/service_at_locations?per_page=200')).body.contents;
    expect(atLocations.some((sal: { service_id: string }) => sal.service_id === id)).toBe(false);
  });
});
