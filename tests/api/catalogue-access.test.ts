import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, DEMO_USERS, documentIdOf, http } from '../helpers/http';

let app: Core.Strapi;
const headers: Record<string, Record<string, string>> = {};
let activeService: string;
let plannedService: string;

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const [role, username] of Object.entries(DEMO_USERS)) headers[role] = await authHeader(app, username);
  activeService = await documentIdOf(app, 'api::service.service', { code: 'sail' });
  plannedService = await documentIdOf(app, 'api::service.service', { status: { $ne: 'active' } });
});
afterAll(stopStrapi);

describe('public (no login)', () => {
  it('lists only active services, without budget or internal notes', async () => {
    const response = await http(app).get('/api/services?pagination[pageSize]=100');
    expect(response.status).toBe(200);
    expect(response.body.data.length).toBeGreaterThan(10);
    for (const service of response.body.data) {
      expect(service.status).toBe('active');
      expect(service).not.toHaveProperty('yearlyBudget');
      expect(service).not.toHaveProperty('internalNotes');
    }
    expect(response.body.data.map((s: { documentId: string }) => s.documentId)).not.toContain(plannedService);
  });

  it('cannot open a service that is not active', async () => {
    expect((await http(app).get(`/api/services/${plannedService}`)).status).toBe(404);
    const active = await http(app).get(`/api/services/${activeService}?populate=*`);
    expect(active.status).toBe(200);
    expect(active.body.data).not.toHaveProperty('yearlyBudget');
    expect(active.body.data.area.name).toBeTruthy();
  });

  it('does not see hidden services or fields through a populated relation', async () => {
    const response = await http(app).get('/api/areas?populate=services&pagination[pageSize]=100');
    expect(response.status).toBe(200);
    const services = response.body.data.flatMap((area: { services: object[] }) => area.services);
    expect(services.length).toBeGreaterThan(0);
    for (const service of services) {
      expect(service).toMatchObject({ status: 'active' });
      expect(service).not.toHaveProperty('yearlyBudget');
    }
  });

  it('cannot filter or sort by a hidden field (no oracle)', async () => {
    const filtered = await http(app).get('/api/services?filters[yearlyBudget][$gt]=100000');
    expect(filtered.status).toBe(400);
    expect(filtered.body.error.message).toContain('yearlyBudget');
    expect((await http(app).get('/api/services?sort=internalNotes:asc')).status).toBe(400);
  });

  it('never gets who created a record', async () => {
    const response = await http(app).get(`/api/services/${activeService}?populate[createdBy]=*`);
    expect(response.status === 400 || (response.status === 200 && !response.body.data.createdBy)).toBe(true);
  });

  it('cannot write the catalogue', async () => {
    const created = await http(app)
      .post('/api/services')
      .send({ data: { code: 'x', name: 'X', procurementMode: 'appalto' } });
    expect(created.status).toBe(403);
    expect(
      (
        await http(app)
          .put(`/api/services/${activeService}`)
          .send({ data: { name: 'Hacked' } })
      ).status
    ).toBe(403);
    expect((await http(app).delete(`/api/services/${activeService}`)).status).toBe(403);
    expect((await http(app).get(`/api/services/${activeService}`)).body.data.name).not.toBe('Hacked');
  });

  it('cannot register an account by itself', async () => {
    const response = await http(app)
      .post('/api/auth/local/register')
      .send({ username: 'intruder', email: 'intruder@example.org', password: 'Intruder!2026' });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await app.db.query('plugin::users-permissions.user').count({ where: { username: 'intruder' } })).toBe(0);
  });
});

describe.each([
  ['operator', 'operator'],
  ['provider staff', 'provider'],
  ['table member', 'tableMember'],
])('%s', (_label, role) => {
  it('reads the whole catalogue, planned services and budgets included', async () => {
    const list = await http(app).get('/api/services?pagination[pageSize]=100').set(headers[role]);
    expect(list.status).toBe(200);
    expect(list.body.data.map((s: { documentId: string }) => s.documentId)).toContain(plannedService);
    const one = await http(app).get(`/api/services/${activeService}?populate=*`).set(headers[role]);
    expect(one.status).toBe(200);
    expect(one.body.data.yearlyBudget).toBeDefined();
    expect((await http(app).get('/api/providers').set(headers[role])).status).toBe(200);
    expect((await http(app).get('/api/accreditations?populate=*').set(headers[role])).status).toBe(200);
  });

  it('cannot create, update or delete', async () => {
    const body = { data: { code: 'nuovo', name: 'Nuovo', procurementMode: 'appalto' } };
    expect((await http(app).post('/api/services').set(headers[role]).send(body)).status).toBe(403);
    expect(
      (
        await http(app)
          .put(`/api/services/${activeService}`)
          .set(headers[role])
          .send({ data: { name: 'X' } })
      ).status
    ).toBe(403);
    expect((await http(app).delete(`/api/services/${activeService}`).set(headers[role])).status).toBe(403);
    expect(
      (
        await http(app)
          .post('/api/providers')
          .set(headers[role])
          .send({ data: { name: 'X' } })
      ).status
    ).toBe(403);
  });

  it('cannot list user accounts', async () => {
    expect((await http(app).get('/api/users').set(headers[role])).status).toBe(403);
  });
});

describe('Ufficio di Piano', () => {
  it('creates, updates and deletes a service', async () => {
    const area = await documentIdOf(app, 'api::area.area', { code: 'azioni-trasversali' });
    const created = await http(app)
      .post('/api/services')
      .set(headers.udp)
      .send({
        data: {
          code: 'sportello-prova',
          name: 'Sportello di prova',
          procurementMode: 'gestione-diretta',
          area,
          yearlyBudget: 1000,
        },
      });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;

    const updated = await http(app)
      .put(`/api/services/${id}`)
      .set(headers.udp)
      .send({ data: { status: 'planned' } });
    expect(updated.status).toBe(200);
    expect(updated.body.data.status).toBe('planned');
    expect((await http(app).get(`/api/services/${id}`)).status).toBe(404);

    await http(app)
      .put(`/api/services/${id}?locale=en`)
      .set(headers.udp)
      .send({ data: { name: 'Trial desk' } })
      .expect(200);
    expect(await app.db.query('api::service.service').count({ where: { documentId: id } })).toBe(2);

    expect((await http(app).delete(`/api/services/${id}`).set(headers.udp)).status).toBe(204);
    expect((await http(app).get(`/api/services/${id}`).set(headers.udp)).status).toBe(404);
    // Both translations are gone: nothing is left behind in English.
    expect(await app.db.query('api::service.service').count({ where: { documentId: id } })).toBe(0);
  });

  it('answers 404 when updating a service that does not exist', async () => {
    const response = await http(app)
      .put('/api/services/doesnotexist0000000000000')
      .set(headers.udp)
      .send({ data: { name: 'X' } });
    expect(response.status).toBe(404);
  });
});

describe('own profile', () => {
  it('tells an operator their role and comuni', async () => {
    const response = await http(app).get('/api/account/me').set(headers.operator);
    expect(response.status).toBe(200);
    expect(response.body.role.type).toBe('operator');
    expect(response.body.municipalities.map((m: { name: string }) => m.name)).toEqual(['Bussero']);
    expect(response.body).not.toHaveProperty('password');
  });

  it('tells provider staff their provider', async () => {
    const response = await http(app).get('/api/account/me').set(headers.provider);
    expect(response.body.role.type).toBe('provider');
    expect(response.body.provider.name).toBeTruthy();
  });

  it('is closed to the public', async () => {
    expect((await http(app).get('/api/account/me')).status).toBe(403);
  });
});
