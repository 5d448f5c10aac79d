import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, documentIdOf, http } from '../helpers/http';

let app: Core.Strapi;
const as: Record<string, Record<string, string>> = {};
type Issue = { path: string[]; message: string; it: string; en: string };
const pathsOf = (body: { error: { details: { errors: Issue[] } } }) => body.error.details.errors.map((e) => e.path.join('.'));

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const username of ['udp', 'op.bussero', 'op.carugate', 'ente.demo', 'tavolo.demo'])
    as[username] = await authHeader(app, username);
});
afterAll(stopStrapi);

describe('the governance plugin', () => {
  it('is loaded, with its routes under /api/governance', async () => {
    expect(app.plugin('governance')).toBeDefined();
    expect((await http(app).get('/api/governance/bodies').set(as.udp)).status).toBe(200);
  });

  it('has every body of section 4.1, each composed as its rules require', async () => {
    const response = await http(app).get('/api/governance/bodies').set(as.udp);
    const bodies = response.body.data as { code: string; type: string; name: string; compositionIssues: unknown[] }[];
    const types = bodies.map((b) => b.type);
    expect(types.filter((t) => t === 'tavolo-area')).toHaveLength(3);
    expect(types.filter((t) => t === 'gps')).toHaveLength(4);
    for (const type of [
      'assemblea-sindaci',
      'tavolo-politico',
      'tavolo-tecnico',
      'tavolo-coprogrammazione',
      'cabina-regia',
      'comitato',
    ])
      expect(types).toContain(type);
    for (const body of bodies)
      expect({ code: body.code, issues: body.compositionIssues }).toEqual({ code: body.code, issues: [] });
    expect(response.body.meta.pagination.total).toBe(bodies.length);
  });

  it('seats tavolo.demo as a third-sector member, and the GPS meet four times a year', async () => {
    const user = await app.db.query('plugin::users-permissions.user').findOne({ where: { username: 'tavolo.demo' } });
    const seats = await app.db
      .query('plugin::governance.membership')
      .findMany({ where: { user: user.id }, select: ['documentId', 'seat'] });
    expect(seats.length).toBeGreaterThanOrEqual(2);
    for (const seat of seats) expect(seat.seat).toBe('third-sector');
    const gps = await documentIdOf(app, 'plugin::governance.body', { code: 'gps-poverta' });
    const meetings = await http(app).get(`/api/governance/meetings?body=${gps}&from=2026-01-01&to=2026-12-31`).set(as.udp);
    expect(meetings.body.data).toHaveLength(4);
  });
});

describe('composition rules as data: every rule a body breaks is reported', () => {
  let body: string;

  it("a new tavolo d'area gets the mandated composition and, empty, breaks all of it", async () => {
    const area = await documentIdOf(app, 'api::area.area', { code: 'contrasto-poverta' });
    const created = await http(app)
      .post('/api/governance/bodies')
      .set(as.udp)
      .send({ data: { code: 'tavolo-prova', name: 'Tavolo di prova', type: 'tavolo-area', area } });
    expect(created.status).toBe(201);
    body = created.body.data.documentId;
    expect(created.body.data.compositionRules).toHaveLength(5);
    expect(created.body.data.compositionIssues.map((i: { rule: number }) => i.rule)).toEqual([0, 1, 2, 3, 4]);
    expect(created.body.data.area.code).toBe('contrasto-poverta');
  });

  it('fills as members join; a second municipal official breaks "exactly 1"', async () => {
    const bussero = await documentIdOf(app, 'api::municipality.municipality', { istatCode: '015040' });
    const add = (data: object) =>
      http(app)
        .post('/api/governance/memberships')
        .set(as.udp)
        .send({ data: { body, ...data } });
    for (const [name, seat] of [
      ['Funzionario A', 'municipal-official'],
      ['Operatore UdP', 'udp'],
      ['Rappresentante Assemblea', 'assemblea-representative'],
      ['Cooperativa X', 'third-sector'],
      ['Referente ASST', 'asst'],
    ]) {
      expect((await add({ name, seat, municipality: seat === 'municipal-official' ? bussero : undefined })).status).toBe(201);
    }
    expect((await http(app).get(`/api/governance/bodies/${body}`).set(as.udp)).body.data.compositionIssues).toEqual([]);

    const second = await add({ name: 'Funzionario B', seat: 'municipal-official', from: '2026-01-01' });
    expect(second.status).toBe(201);
    const issues = (await http(app).get(`/api/governance/bodies/${body}`).set(as.udp)).body.data.compositionIssues;
    expect(issues).toEqual([expect.objectContaining({ rule: 0, code: 'too-many', actual: 2 })]);
    expect(issues[0].it).toContain('esattamente 1 funzionario comunale');

    const ended = await http(app)
      .put(`/api/governance/memberships/${second.body.data.documentId}`)
      .set(as.udp)
      .send({ data: { to: '2026-01-31' } });
    expect(ended.status).toBe(200);
    expect(ended.body.data.active).toBe(false);
    expect((await http(app).get(`/api/governance/bodies/${body}`).set(as.udp)).body.data.compositionIssues).toEqual([]);
  });

  it('the rules themselves can change, and are checked when saved', async () => {
    const changed = await http(app)
      .put(`/api/governance/bodies/${body}`)
      .set(as.udp)
      .send({
        data: {
          compositionRules: [{ kind: 'seats', seats: ['third-sector'], min: 3 }],
          quorumRule: { threshold: 0.5, weighting: 'per-member' },
        },
      });
    expect(changed.status).toBe(200);
    expect(changed.body.data.compositionIssues).toEqual([expect.objectContaining({ code: 'too-few', min: 3, actual: 1 })]);

    const wrong = await http(app)
      .put(`/api/governance/bodies/${body}`)
      .set(as.udp)
      .send({
        data: {
          compositionRules: [
            { kind: 'seats', seats: ['pope'], min: 1 },
            { kind: 'per-table', seats: ['third-sector'], tableType: 'gps', min: 3, max: 2 },
          ],
          quorumRule: { threshold: 2 },
        },
      });
    expect(wrong.status).toBe(400);
    expect(pathsOf(wrong.body)).toEqual([
      'data.compositionRules.0.seats',
      'data.compositionRules.1.max',
      'data.quorumRule.threshold',
      'data.quorumRule.weighting',
    ]);
    for (const error of wrong.body.error.details.errors) expect(error.it && error.en && error.message).toBeTruthy();
  });
});

describe('bad input is a 400 naming the field, in Italian and English, and writes nothing', () => {
  it('bodies', async () => {
    const before = await app.db.query('plugin::governance.body').count();
    const response = await http(app)
      .post('/api/governance/bodies')
      .set(as.udp)
      .send({ data: { code: 'Bad Code', type: 'senato', area: 'nope', services: ['nope'], public: 'yes', colour: 'red' } });
    expect(response.status).toBe(400);
    expect(pathsOf(response.body).sort()).toEqual(['data.code', 'data.colour', 'data.name', 'data.public', 'data.type']);
    expect(response.body.error.message).toContain(' / ');
    const refs = await http(app)
      .post('/api/governance/bodies')
      .set(as.udp)
      .send({ data: { code: 'ok-code', name: 'X', type: 'gps', area: 'nope', services: ['nope'] } });
    expect(pathsOf(refs.body)).toEqual(['data.area', 'data.services.0']);
    expect(
      (
        await http(app)
          .post('/api/governance/bodies')
          .set(as.udp)
          .send({ data: { code: 'gps-poverta', name: 'X', type: 'gps' } })
      ).status
    ).toBe(400);
    expect((await http(app).post('/api/governance/bodies').set(as.udp).send({ data: [] })).status).toBe(400);
    expect((await http(app).post('/api/governance/bodies').set(as.udp).send('not json')).status).toBe(400);
    expect(await app.db.query('plugin::governance.body').count()).toBe(before);
  });

  it('memberships', async () => {
    const body = await documentIdOf(app, 'plugin::governance.body', { code: 'comitato-promotore' });
    const response = await http(app)
      .post('/api/governance/memberships')
      .set(as.udp)
      .send({
        data: { body, name: '', seat: 'king', role: 'emperor', email: 'not-an-email', from: '2026-02-30', municipality: 'nope' },
      });
    expect(response.status).toBe(400);
    expect(pathsOf(response.body).sort()).toEqual(['data.email', 'data.from', 'data.name', 'data.role', 'data.seat']);
    const dates = await http(app)
      .post('/api/governance/memberships')
      .set(as.udp)
      .send({ data: { body, name: 'X', seat: 'other', from: '2026-05-01', to: '2026-04-01', delegateFor: body } });
    expect(pathsOf(dates.body).sort()).toEqual(['data.delegateFor', 'data.to']);
    expect((await http(app).get('/api/governance/bodies/unknown-id').set(as.udp)).status).toBe(404);
    expect(
      (
        await http(app)
          .put('/api/governance/memberships/unknown-id')
          .set(as.udp)
          .send({ data: { name: 'X' } })
      ).status
    ).toBe(404);
    expect((await http(app).get('/api/governance/bodies?type=senato').set(as.udp)).status).toBe(400);
    expect((await http(app).get('/api/governance/bodies?pagination[pageSize]=5000').set(as.udp)).status).toBe(400);
  });

  it('a member invited to meetings is history: ended, not deleted', async () => {
    const member = await documentIdOf(app, 'plugin::governance.membership', {
      name: 'Referente ATS (segnaposto)',
      body: { code: 'comitato-promotore' },
    });
    const refused = await http(app).delete(`/api/governance/memberships/${member}`).set(as.udp);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain(' / ');
    const body = await documentIdOf(app, 'plugin::governance.body', { code: 'comitato-promotore' });
    const fresh = await http(app)
      .post('/api/governance/memberships')
      .set(as.udp)
      .send({ data: { body, name: 'Nuovo membro', seat: 'third-sector' } });
    expect((await http(app).delete(`/api/governance/memberships/${fresh.body.data.documentId}`).set(as.udp)).status).toBe(204);
  });
});
