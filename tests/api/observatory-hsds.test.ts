import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { http } from '../helpers/http';
import { seedDemo } from '../../src/seed/run-seed';

/**
 * The public catalogue as Open Referral HSDS 3.1, read without login: every answer validates against the
 * HSDS schemas kept in tests/fixtures/hsds, only active services appear, never their budget or notes.
 */
let app: Core.Strapi;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const dir = path.join(__dirname, '..', 'fixtures', 'hsds');
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) ajv.addSchema(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
const BASE = 'https://ambito.example/hsds-3.1/';
function expectValid(schema: string, value: unknown) {
  const validate = ajv.getSchema(`${BASE}${schema}.json`)!;
  const ok = validate(value);
  if (!ok) throw new Error(`${schema}: ${ajv.errorsText(validate.errors)}`);
}

/** A CSV (RFC 4180, as the export writes it) into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      (row = []), (cell = ''), (i += 1);
    } else cell += c;
  }
  return rows;
}

let activeCodes: string[];
let hiddenTexts: string[];
beforeAll(async () => {
  app = await startStrapi();
  await seedDemo(app);
  const services = await app.db.query('api::service.service').findMany({ where: { locale: 'it' }, select: ['code', 'status', 'internalNotes'] });
  activeCodes = services.filter((s: { status: string }) => s.status === 'active').map((s: { code: string }) => s.code).sort();
  hiddenTexts = services.filter((s: { internalNotes: string | null }) => s.internalNotes).map((s: { internalNotes: string }) => s.internalNotes.slice(0, 40));
}, 600000); // booting and seeding on a busy PostgreSQL can take minutes
afterAll(stopStrapi);

describe('HSDS API, public', () => {
  it('/hsds/ tells the version and profile', async () => {
    const response = await http(app).get('/hsds/');
    expect(response.status).toBe(200);
    expectValid('root', response.body);
    expect(response.body.version).toBe('3.1');
  });

  it('/hsds/services lists the active services, paginated with the spec’s fields', async () => {
    const all = await http(app).get('/hsds/services?per_page=200');
    expect(all.status).toBe(200);
    expectValid('service_list', all.body);
    expect(all.body).toMatchObject({ total_items: activeCodes.length, total_pages: 1, page_number: 1, first_page: true, last_page: true, empty: false });
    expect(all.body.contents.map((s: { alternate_name: string }) => s.alternate_name).sort()).toEqual(activeCodes);
    expect(activeCodes).not.toContain('sprar'); // planned, not active
    const text = JSON.stringify(all.body);
    expect(text).not.toMatch(/yearlyBudget|internalNotes|yearly_budget/);
    for (const hidden of hiddenTexts) expect(text).not.toContain(hidden);

    const page2 = await http(app).get('/hsds/services?page=2&per_page=5');
    expectValid('service_list', page2.body);
    expect(page2.body).toMatchObject({ total_items: activeCodes.length, total_pages: Math.ceil(activeCodes.length / 5), page_number: 2, size: 5, first_page: false, empty: false });
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
    expectValid('service', response.body);
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
    expect(names).toEqual(['organization', 'service', 'location', 'service_at_location', 'address', 'phone', 'taxonomy', 'taxonomy_term', 'attribute']);
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
    expect(tables.organization).toHaveLength(1);
    expect(tables.location).toHaveLength(9);
    expect(tables.address.map((a) => a.postal_code)).not.toContain('');
    // Every link points to a row that exists.
    for (const resource of descriptor.body.resources)
      for (const key of resource.schema.foreignKeys ?? [])
        for (const row of tables[resource.name])
          expect(tables[key.reference.resource].some((target) => target.id === row[key.fields])).toBe(true);
    // Taxonomy terms: the areas and the procurement modes.
    const taxonomies = Object.fromEntries(tables.taxonomy.map((t) => [t.id, t.name]));
    const byTaxonomy = (name: string) => tables.taxonomy_term.filter((t) => taxonomies[t.taxonomy_id] === name).map((t) => t.code).sort();
    expect(byTaxonomy('Modalità di affidamento')).toEqual(['accreditamento', 'albo-fornitori', 'appalto', 'co-progettazione', 'convenzione', 'gestione-diretta']);
    expect(byTaxonomy('Aree di intervento – Ambito Distretto 4')).toEqual(['azioni-trasversali', 'benessere-familiare', 'contrasto-poverta', 'promozione-autonomie']);
    expect(tables.attribute.every((a) => tables.service.some((s) => s.id === a.link_id))).toBe(true);
    // Each row re-validates as the HSDS object (CSV cells are strings; empty cells are absent).
    const clean = (row: Record<string, string>) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== ''));
    for (const row of tables.address) expectValid('address', clean(row));
    for (const row of tables.taxonomy_term) expectValid('taxonomy_term', clean(row));
    for (const row of tables.phone) expectValid('phone', clean(row));
    expect((await http(app).get('/hsds/tables/users.csv')).status).toBe(404);
    expect(JSON.stringify(tables)).not.toMatch(/internalNotes|yearlyBudget/);
  });
});
