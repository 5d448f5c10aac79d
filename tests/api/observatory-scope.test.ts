import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, DEMO_PASSWORD, http } from '../helpers/http';
import { BUSSERO, CARUGATE, CERNUSCO, loadIntakes } from './observatory-fixtures';

/**
 * Whose comuni the aggregates over live records count, per role: an operator sees only the comuni of
 * the account (dashboard, computed indicators, the dashboard's exports), the UdP and the tables the
 * whole district. Every expected number is counted by hand from observatory-fixtures.ts (2024: Bussero 4,
 * Carugate 4, Cernusco 2; 2023: Bussero 1, Carugate 1; 2025: Bussero 1).
 */
let app: Core.Strapi;
const as: Record<string, Record<string, string>> = {};
let received: string;
let populationOf: Record<string, number>;

const dashboard = (who: string, query: string) => http(app).get(`/api/observatory/dashboard?${query}`).set(as[who]);
const compute = (who: string, query: string) =>
  http(app).get(`/api/observatory/indicators/${received}/compute?${query}`).set(as[who]);
const counts = (rows: { name: string; count: number }[]) => rows.map((r) => [r.name, r.count]);
const values = (response: { body: { data: { values: { year: number; value: number }[] } } }) =>
  Object.fromEntries(response.body.data.values.map((v) => [v.year, v.value]));

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  await loadIntakes(app);
  const comuni = await app.db.query('api::municipality.municipality').findMany({ select: ['id', 'documentId', 'istatCode'] });
  const idOf = (istat: string) => comuni.find((c: { istatCode: string }) => c.istatCode === istat).id;
  // op.carugate also works for Cernusco; op.nessuno is an operator linked to no comune.
  const users = app.db.query('plugin::users-permissions.user');
  const carugate = await users.findOne({ where: { username: 'op.carugate' }, populate: ['role'] });
  await users.update({ where: { id: carugate.id }, data: { municipalities: [idOf(CARUGATE), idOf(CERNUSCO)] } });
  await app.plugin('users-permissions').service('user').add({
    username: 'op.nessuno',
    email: 'op.nessuno@ambito.example.org',
    password: DEMO_PASSWORD,
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: carugate.role.id,
  });
  for (const who of ['udp', 'op.bussero', 'op.carugate', 'op.nessuno', 'tavolo.demo']) as[who] = await authHeader(app, who);
  const indicator = await app.db
    .query('plugin::observatory.indicator')
    .findOne({ where: { code: 'segretariato-persone-ricevute' } });
  received = indicator.documentId;
  const demographics = await http(app).get('/api/observatory/demographics?year=2018').set(as.udp);
  populationOf = Object.fromEntries(
    demographics.body.data.map((r: { municipality: { istatCode: string }; total: number }) => [r.municipality.istatCode, r.total])
  );
}, 600000); // booting and seeding on a busy PostgreSQL can take minutes
afterAll(stopStrapi);

describe('the needs dashboard, per role', () => {
  it('the UdP sees the whole district', async () => {
    const response = await dashboard('udp', 'from=2024');
    expect(response.body.data.intakes.total).toBe(10);
    expect(counts(response.body.data.intakes.byMunicipality)).toEqual([
      ['Bussero', 4],
      ['Carugate', 4],
      ['Cernusco sul Naviglio', 2],
    ]);
    expect(response.body.data.filters.municipalities).toBeNull();
  });

  it('an operator sees only the comune of the account: its needs, months and population', async () => {
    const response = await dashboard('op.bussero', 'from=2024');
    expect(response.status).toBe(200);
    const { intakes, population } = response.body.data;
    expect(intakes.total).toBe(4);
    expect(counts(intakes.byMunicipality)).toEqual([['Bussero', 4]]);
    expect(Object.fromEntries(intakes.byNeed.map((r: { need: string; count: number }) => [r.need, r.count]))).toEqual({
      casa: 1,
      lavoro: 2,
      reddito: 1,
      violenza: 1,
    });
    expect(intakes.byMonth).toEqual([
      { month: '2024-01', count: 2 },
      { month: '2024-03', count: 1 },
      { month: '2024-04', count: 1 },
    ]);
    expect(population).toMatchObject({ year: 2018, total: populationOf[BUSSERO] });
  });

  it('an operator of two comuni sees both, summed, and may narrow to one of them', async () => {
    const both = await dashboard('op.carugate', 'from=2024');
    expect(both.body.data.intakes.total).toBe(6);
    expect(counts(both.body.data.intakes.byMunicipality)).toEqual([
      ['Carugate', 4],
      ['Cernusco sul Naviglio', 2],
    ]);
    expect(both.body.data.population).toMatchObject({
      year: 2018,
      municipalities: 2,
      total: populationOf[CARUGATE] + populationOf[CERNUSCO],
    });
    const one = await dashboard('op.carugate', `from=2024&municipality=${CERNUSCO}`);
    expect(one.body.data.intakes.total).toBe(2);
  });

  it("another comune's dashboard is refused (403, bilingual), as is an operator without comuni", async () => {
    const other = await dashboard('op.bussero', `from=2024&municipality=${CARUGATE}`);
    expect(other.status).toBe(403);
    expect(other.body.error.message).toMatch(/solo i dati dei comuni.*\/ You may only see/);
    const none = await dashboard('op.nessuno', 'from=2024');
    expect(none.status).toBe(403);
    expect(none.body.error.message).toBe('Il tuo account non è collegato a nessun comune / Your account is linked to no comune');
    expect((await dashboard('op.bussero', 'from=2024&municipality=999999')).status).toBe(400);
  });

  it("the dashboard's export counts the operator's comuni only", async () => {
    const csv = await http(app).get('/api/observatory/exports/dashboard?from=2024&format=csv').set(as['op.bussero']);
    expect(csv.status).toBe(200);
    expect(
      csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')
        .slice(1)
        .sort()
    ).toEqual(['Casa e abitare;1', 'Lavoro;2', 'Reddito e difficoltà economiche;1', 'Violenza domestica;1']);
    expect(
      (await http(app).get(`/api/observatory/exports/dashboard?from=2024&municipality=${CARUGATE}`).set(as['op.bussero'])).status
    ).toBe(403);
    const district = await http(app).get('/api/observatory/exports/dashboard?from=2024&format=csv').set(as.udp);
    expect(district.text).toContain('Famiglia e minori;1');
  });
});

describe('computed indicators, per role', () => {
  it('the UdP and the tables compute for the district', async () => {
    expect(values(await compute('udp', 'from=2023&to=2025'))).toEqual({ 2023: 2, 2024: 10, 2025: 1 });
    expect(values(await compute('tavolo.demo', 'from=2024'))).toEqual({ 2024: 10 });
  });

  it("an operator's values count the comuni of the account", async () => {
    const bussero = await compute('op.bussero', 'from=2023&to=2025');
    expect(bussero.status).toBe(200);
    expect(values(bussero)).toEqual({ 2023: 1, 2024: 4, 2025: 1 });
    const carugate = await compute('op.carugate', 'from=2023&to=2024');
    expect(values(carugate)).toEqual({ 2023: 1, 2024: 6 });
    expect(carugate.body.data.municipalities).toHaveLength(2);
  });

  it('another comune, or no comune at all, is refused', async () => {
    const other = await compute('op.bussero', `from=2024&municipality=${CARUGATE}`);
    expect(other.status).toBe(403);
    expect(other.body.error.message).toContain('You may only see the figures of the comuni of your account');
    expect((await compute('op.carugate', `from=2024&municipality=${BUSSERO}`)).status).toBe(403);
    expect((await compute('op.nessuno', 'from=2024')).status).toBe(403);
  });
});
