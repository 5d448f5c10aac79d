import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, http } from '../helpers/http';
import { seedDemo } from '../../src/seed/run-seed';

let app: Core.Strapi;

beforeAll(async () => {
  app = await startStrapi();
});
afterAll(stopStrapi);

describe('demo data of Distretto 4', () => {
  it('is not loaded by itself at start-up', async () => {
    expect(await app.db.query('api::municipality.municipality').count()).toBe(0);
    expect(await app.db.query('plugin::users-permissions.user').count()).toBe(0);
  });

  it('loads the 9 comuni with their zones and 122,517 residents', async () => {
    await seedDemo(app);
    const response = await http(app).get('/api/municipalities?sort=name&pagination[pageSize]=50');
    expect(response.body.data).toHaveLength(9);
    const zone1 = response.body.data
      .filter((m: { familyServiceZone: string }) => m.familyServiceZone === 'zona1')
      .map((m: { name: string }) => m.name);
    expect(zone1).toEqual(['Bussero', 'Carugate', 'Cernusco sul Naviglio']);
    const total = response.body.data.reduce((sum: number, m: { population: number }) => sum + m.population, 0);
    expect(total).toBe(122517);
  });

  it('has the services of section 3 with area and procurement mode', async () => {
    const udp = await authHeader(app, 'udp');
    const response = await http(app).get('/api/services?populate=area&pagination[pageSize]=100').set(udp);
    const services = response.body.data as { code: string; procurementMode: string; area: { code: string } | null }[];
    expect(services.length).toBeGreaterThanOrEqual(19);
    for (const service of services) expect(service.area).not.toBeNull();
    const modes = new Set(services.map((s) => s.procurementMode));
    for (const mode of ['appalto', 'accreditamento', 'albo-fornitori', 'co-progettazione']) expect(modes).toContain(mode);
    const sail = services.find((s) => s.code === 'sail');
    expect(sail?.area?.code).toBe('contrasto-poverta');
  });

  it('has 9 accredited home-care firms and 4 accredited transport firms', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const accredited = async (filter: string) => {
      const response = await http(app).get(
        `/api/accreditations?filters[status]=active&filters[validFrom][$lte]=${today}&filters[validTo][$gte]=${today}&filters[service][name][$containsi]=${encodeURIComponent(filter)}&populate=provider&pagination[pageSize]=100`
      );
      return new Set(response.body.data.map((a: { provider: { documentId: string } }) => a.provider.documentId)).size;
    };
    expect(await accredited('SAD')).toBe(9);
    expect(await accredited('trasporto')).toBe(4);
  });

  it('marks invented provider names as example data', async () => {
    const response = await http(app).get('/api/providers?pagination[pageSize]=100');
    expect(response.body.data.length).toBeGreaterThanOrEqual(13);
    for (const provider of response.body.data) expect(provider.exampleData).toBe(true);
  });

  it('is idempotent and never overwrites what a user changed', async () => {
    const udp = await authHeader(app, 'udp');
    const counts = async () =>
      Promise.all(
        [
          'api::service.service',
          'api::provider.provider',
          'api::accreditation.accreditation',
          'plugin::users-permissions.user',
        ].map((uid) => app.db.query(uid as never).count())
      );
    const before = await counts();
    const sail = (await http(app).get('/api/services?filters[code]=sail').set(udp)).body.data[0];
    await http(app)
      .put(`/api/services/${sail.documentId}`)
      .set(udp)
      .send({ data: { description: 'Descrizione cambiata dall’UdP' } })
      .expect(200);

    const report = await seedDemo(app);
    expect(Object.values(report).every((c) => c.created === 0)).toBe(true);
    expect(await counts()).toEqual(before);
    const after = (await http(app).get(`/api/services/${sail.documentId}`).set(udp)).body.data;
    expect(after.description).toBe('Descrizione cambiata dall’UdP');
  });

  it('gives each documented demo account its role', async () => {
    const expected = {
      udp: 'udp',
      'op.bussero': 'operator',
      'op.carugate': 'operator',
      'ente.demo': 'provider',
      'tavolo.demo': 'table-member',
    };
    for (const [username, role] of Object.entries(expected)) {
      const me = await http(app)
        .get('/api/account/me')
        .set(await authHeader(app, username));
      expect(me.body.role.type).toBe(role);
    }
  });
});
