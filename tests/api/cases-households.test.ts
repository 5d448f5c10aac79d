import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, documentIdOf, http } from '../helpers/http';

/**
 * What the console's household form and "take charge" button rely on: the operator of the person's
 * comune records and edits the household (one per person, members replaced as a list, bad values
 * refused naming the field), nobody else writes it; an operator assigns a case to themself and it moves
 * from "to assess" to "my cases", the operator shown by user name only; nobody else of the comune's
 * operators can be assigned.
 */
jest.setTimeout(480_000);
let app: Core.Strapi;
const WHO = ['op.bussero', 'op.carugate', 'ente.demo', 'tavolo.demo', 'udp'] as const;
type Who = (typeof WHO)[number];
const headers: Partial<Record<Who, Record<string, string>>> = {};
const get = (who: Who, url: string) =>
  http(app)
    .get(url)
    .set(headers[who] ?? {});
const post = (who: Who, url: string, body: unknown) =>
  http(app)
    .post(url)
    .set(headers[who] ?? {})
    .send(body as object);
const put = (who: Who, url: string, body: unknown) =>
  http(app)
    .put(url)
    .set(headers[who] ?? {})
    .send(body as object);
const ids: Record<string, string> = {};
const members = [
  { firstName: 'Rita', lastName: 'Esempio', relation: 'parent', birthDate: '1960-04-02', livesWith: true },
  { firstName: 'Ugo', lastName: 'Esempio', relation: 'sibling', livesWith: false },
];
const householdsOfLuca = () =>
  app.db
    .query('api::household.household')
    .findMany({ where: { beneficiary: { documentId: ids.luca } }, populate: { members: true } }) as Promise<
    { documentId: string; members: { firstName: string; relation: string; livesWith: boolean }[] }[]
  >;

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const who of WHO) headers[who] = await authHeader(app, who);
  ids.luca = await documentIdOf(app, 'api::beneficiary.beneficiary', { lastName: 'Esempio', firstName: 'Luca' });
  ids.lucaCase = await documentIdOf(app, 'api::case.case', { beneficiary: { documentId: ids.luca } });
  ids.opBussero = await documentIdOf(app, 'plugin::users-permissions.user', { username: 'op.bussero' });
  ids.opCarugate = await documentIdOf(app, 'plugin::users-permissions.user', { username: 'op.carugate' });
  ids.provider = await documentIdOf(app, 'plugin::users-permissions.user', { username: 'ente.demo' });
});
afterAll(stopStrapi);

describe('households', () => {
  it('nobody but the operators of the comune records one', async () => {
    const body = { data: { beneficiary: ids.luca, members } };
    expect((await post('ente.demo', '/api/households', body)).status).toBe(403);
    expect((await post('tavolo.demo', '/api/households', body)).status).toBe(403);
    expect((await post('udp', '/api/households', body)).status).toBe(403);
    const carugate = await post('op.carugate', '/api/households', body);
    expect(carugate.status).toBe(400);
    expect(carugate.body.error.details.errors[0]).toMatchObject({
      path: ['data', 'beneficiary'],
      it: 'riferimento non trovato',
      en: 'reference not found',
    });
    expect(await householdsOfLuca()).toHaveLength(0);
  });

  it('the Bussero operator records the household once, then edits it', async () => {
    const created = await post('op.bussero', '/api/households?populate=members', { data: { beneficiary: ids.luca, members } });
    expect(created.status).toBe(201);
    expect(created.body.data.members.map((m: { firstName: string }) => m.firstName)).toEqual(['Rita', 'Ugo']);
    ids.household = created.body.data.documentId;

    const again = await post('op.bussero', '/api/households', { data: { beneficiary: ids.luca, members: [] } });
    expect(again.status).toBe(400);
    expect(again.body.error.details.errors[0]).toMatchObject({
      path: ['data', 'beneficiary'],
      en: 'the person already has a household: edit it',
    });
    expect(await householdsOfLuca()).toHaveLength(1);

    const edited = await put('op.bussero', `/api/households/${ids.household}?populate=members`, {
      data: {
        members: [
          { ...members[0], relation: 'grandparent' },
          { firstName: 'Ivo', lastName: 'Esempio', relation: 'child', livesWith: true },
        ],
      },
    });
    expect(edited.status).toBe(200);
    const stored = (await householdsOfLuca())[0].members;
    expect(stored.map((m) => [m.firstName, m.relation])).toEqual([
      ['Rita', 'grandparent'],
      ['Ivo', 'child'],
    ]);
  });

  it('a bad member is refused naming the field, and nothing changes', async () => {
    const bad = await put('op.bussero', `/api/households/${ids.household}`, {
      data: { members: [{ firstName: 'Ada', lastName: 'Esempio', relation: 'cousin' }] },
    });
    expect(bad.status).toBe(400);
    const issue = bad.body.error.details.errors.find((e: { path: string[] }) => e.path.join('.') === 'members.0.relation');
    expect(issue).toMatchObject({ it: expect.any(String), en: expect.any(String) });
    const other = await put('op.bussero', `/api/households/${ids.household}`, { data: { beneficiary: ids.lucaCase } });
    expect(other.status).toBe(400);
    expect((await householdsOfLuca())[0].members.map((m) => m.firstName)).toEqual(['Rita', 'Ivo']);
  });

  it('another comune neither reads nor edits it', async () => {
    expect((await put('op.carugate', `/api/households/${ids.household}`, { data: { members: [] } })).status).toBe(404);
    expect((await get('op.carugate', `/api/households/${ids.household}`)).status).toBe(404);
    expect((await put('ente.demo', `/api/households/${ids.household}`, { data: { members: [] } })).status).toBe(403);
    expect((await householdsOfLuca())[0].members).toHaveLength(2);
  });
});

describe('taking charge of a case', () => {
  it('moves it from "to assess" to "my cases", showing the operator by user name only', async () => {
    const codes = async (view: string) =>
      (await get('op.bussero', `/api/cases/worklist?view=${view}`)).body.data.map((c: { documentId: string }) => c.documentId);
    expect(await codes('to-assess')).toContain(ids.lucaCase);
    // Only an operator of the case's comune may be assigned: not provider staff, not another comune's operator.
    for (const someone of [ids.provider, ids.opCarugate, 'no-such-user']) {
      const refused = await put('op.bussero', `/api/cases/${ids.lucaCase}`, { data: { assignedOperator: someone } });
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body.error.details.errors)).toMatch(/assignedOperator/);
    }
    expect(await codes('to-assess')).toContain(ids.lucaCase);
    const taken = await put('op.bussero', `/api/cases/${ids.lucaCase}?populate=assignedOperator`, {
      data: { assignedOperator: ids.opBussero },
    });
    expect(taken.status).toBe(200);
    expect(taken.body.data.assignedOperator).toEqual({ id: expect.any(Number), username: 'op.bussero' });
    expect(await codes('mine')).toContain(ids.lucaCase);
    expect(await codes('to-assess')).not.toContain(ids.lucaCase);
  });
});
