import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, documentIdOf, http } from '../helpers/http';

let app: Core.Strapi;
let udp: Record<string, string>;
let area: string;
let service: string;
let accreditedProvider: string;
let accreditedService: string;
let otherProvider: string;

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  udp = await authHeader(app, 'udp');
  area = await documentIdOf(app, 'api::area.area', { code: 'contrasto-poverta' });
  service = await documentIdOf(app, 'api::service.service', { code: 'sail' });
  const accreditation = (await app.documents('api::accreditation.accreditation').findFirst({
    filters: { status: 'active' },
    populate: { provider: true, service: true },
  } as never)) as unknown as { provider: { documentId: string }; service: { documentId: string } };
  accreditedProvider = accreditation.provider.documentId;
  accreditedService = accreditation.service.documentId;
  otherProvider = (
    (await app.documents('api::provider.provider').findFirst({
      filters: { accreditations: { service: { documentId: { $ne: accreditedService } } } },
    } as never)) as { documentId: string }
  ).documentId;
});
afterAll(stopStrapi);

const count = (uid: string) => app.db.query(uid as never).count();

/** Sends a bad write and checks: 400, the field named in Italian and English, nothing written. */
async function expectRejected(
  method: 'post' | 'put',
  url: string,
  body: unknown,
  field: string,
  uid: string
): Promise<{ message: string }> {
  const before = await count(uid);
  const response = await http(app)
    [method](url)
    .set(udp)
    .send(body as object);
  expect(response.status).toBe(400);
  expect(response.body.error.message).toContain(field);
  expect(response.body.error.message).toMatch(/ \/ /);
  const named = response.body.error.details.errors.find((e: { path: string[] }) => e.path.join('.') === field);
  expect(named).toBeDefined();
  expect(named.it).toBeTruthy();
  expect(named.en).toBeTruthy();
  expect(await count(uid)).toBe(before);
  return response.body.error;
}

describe('bad input on the catalogue', () => {
  const minimal = () => ({ code: 'prova', name: 'Prova', procurementMode: 'appalto', area });

  it('unknown area', async () => {
    const error = await expectRejected(
      'post',
      '/api/services',
      { data: { ...minimal(), area: 'nonexistentarea000000000' } },
      'area',
      'api::service.service'
    );
    expect(error.message).toContain('riferimento sconosciuto');
    expect(error.message).toContain('unknown reference');
  });

  it('invalid enum value', async () => {
    const error = await expectRejected(
      'post',
      '/api/services',
      { data: { ...minimal(), procurementMode: 'asta' } },
      'procurementMode',
      'api::service.service'
    );
    expect(error.message).toContain('appalto');
  });

  it('unknown and read-only fields in the body', async () => {
    await expectRejected('post', '/api/services', { data: { ...minimal(), colour: 'red' } }, 'colour', 'api::service.service');
    await expectRejected('post', '/api/services', { data: { ...minimal(), id: 7 } }, 'id', 'api::service.service');
  });

  it('missing required fields and a body without data', async () => {
    await expectRejected('post', '/api/services', { data: { code: 'solo-codice' } }, 'name', 'api::service.service');
    await expectRejected('post', '/api/services', { name: 'senza data' }, 'data', 'api::service.service');
  });

  it('an update that breaks a rule changes nothing', async () => {
    const before = (await http(app).get(`/api/services/${service}`).set(udp)).body.data;
    await expectRejected(
      'put',
      `/api/services/${service}`,
      { data: { name: 'Nuovo nome', status: 'chiuso' } },
      'status',
      'api::service.service'
    );
    const after = (await http(app).get(`/api/services/${service}`).set(udp)).body.data;
    expect(after.name).toBe(before.name);
    expect(after.updatedAt).toBe(before.updatedAt);
  });

  it('malformed VAT number and fiscal code', async () => {
    const provider = { name: 'Cooperativa Prova', legalForm: 'cooperativa-sociale', thirdSector: true };
    const error = await expectRejected(
      'post',
      '/api/providers',
      { data: { ...provider, vatNumber: '12345678901' } },
      'vatNumber',
      'api::provider.provider'
    );
    expect(error.message).toContain('partita IVA');
    expect(error.message).toContain('VAT number');
    await expectRejected(
      'post',
      '/api/providers',
      { data: { ...provider, vatNumber: '1234' } },
      'vatNumber',
      'api::provider.provider'
    );
    await expectRejected(
      'post',
      '/api/providers',
      { data: { ...provider, fiscalCode: 'RSSMRA85T10A562T' } },
      'fiscalCode',
      'api::provider.provider'
    );
    const ok = await http(app)
      .post('/api/providers')
      .set(udp)
      .send({ data: { ...provider, vatNumber: '12345678903' } });
    expect(ok.status).toBe(201);
  });

  it('accreditation ending before it starts', async () => {
    const body = {
      data: { provider: otherProvider, service, register: 'Albo prova', validFrom: '2026-01-01', validTo: '2025-12-31' },
    };
    await expectRejected('post', '/api/accreditations', body, 'validTo', 'api::accreditation.accreditation');
  });

  it('a second active accreditation for the same provider and service', async () => {
    const body = {
      data: { provider: accreditedProvider, service: accreditedService, register: 'Albo bis', validFrom: '2026-01-01' },
    };
    const error = await expectRejected('post', '/api/accreditations', body, 'service', 'api::accreditation.accreditation');
    expect(error.message).toContain('accreditamento attivo');
    // A suspended one beside the active one is allowed.
    const suspended = await http(app)
      .post('/api/accreditations')
      .set(udp)
      .send({ data: { ...body.data, status: 'suspended' } });
    expect(suspended.status).toBe(201);
    // ... but it cannot be reactivated while the other is active.
    await expectRejected(
      'put',
      `/api/accreditations/${suspended.body.data.documentId}`,
      { data: { status: 'active' } },
      'service',
      'api::accreditation.accreditation'
    );
  });

  it('an accredited service lists only providers with a valid accreditation', async () => {
    const response = await http(app)
      .put(`/api/services/${accreditedService}`)
      .set(udp)
      .send({ data: { providers: { connect: [otherProvider] } } });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('providers');
    const service = await app
      .documents('api::service.service')
      .findOne({ documentId: accreditedService, populate: ['providers'] } as never);
    const linked = ((service as unknown as { providers: { documentId: string }[] }).providers ?? []).map((p) => p.documentId);
    expect(linked).not.toContain(otherProvider);
    expect(linked).toContain(accreditedProvider);
  });

  it('wrong types never cause a 500', async () => {
    const bodies = [
      { data: { ...minimal(), yearlyBudget: 'molto' } },
      { data: { ...minimal(), municipalities: 'x'.repeat(5000) } },
      { data: { ...minimal(), lots: 'lotto' } },
      { data: { ...minimal(), lots: [{ name: 'L1', price: 3 }] } },
      { data: { ...minimal(), name: ['array'] } },
      { data: [] },
      { data: null },
    ];
    for (const body of bodies) {
      const response = await http(app).post('/api/services').set(udp).send(body);
      expect(response.status).toBe(400);
    }
    const malformed = await http(app).post('/api/services').set(udp).set('Content-Type', 'application/json').send('{"data": {');
    expect(malformed.status).toBe(400);
  });
});

describe('messages of Strapi itself are bilingual too', () => {
  it('an unknown query parameter, a forbidden route, a bad token, malformed JSON', async () => {
    const unknownParam = await http(app).get('/api/services?filters[colour][$eq]=red');
    expect(unknownParam.status).toBe(400);
    expect(unknownParam.body.error.message).toBe('Parametro o campo non ammesso: colour / Invalid key colour');
    expect((await http(app).get('/api/users')).body.error.message).toBe('Accesso negato / Forbidden');
    const badToken = await http(app).get('/api/services').set('Authorization', 'Bearer not-a-token');
    expect(badToken.status).toBe(401);
    expect(badToken.body.error.message).toContain('Credenziali mancanti o non valide');
    const malformed = await http(app).post('/api/services').set(udp).set('Content-Type', 'application/json').send('{"data": {');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toContain('JSON valido');
  });
});
