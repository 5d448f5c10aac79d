import request from 'supertest';
import { startCluster, stopClusters, type Cluster } from '../helpers/instances';
import { DEMO_PASSWORD } from '../helpers/http';
import { pingPong, SERVICE, t } from './workflows-fixtures';

/**
 * Two Strapi processes on one database (a PostgreSQL schema, or one SQLite file in WAL mode), started at
 * the same moment on an empty database, behind a round-robin proxy of the test's own: what a load
 * balancer in front of several instances would see.
 */
let cluster: Cluster;
const PARALLEL = 8;
const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';
const LOCALE = 'plugin::i18n.locale';
const JOB_RUN = 'plugin::workflows.job-run';

// Two boots, one after the other on the start-up lock, and the demo data: minutes on a loaded machine.
jest.setTimeout(600_000);

beforeAll(async () => {
  cluster = await startCluster(2, {
    DATABASE_SQLITE_SHARED: 'true',
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
    LOGIN_MAX_FAILURES_PER_ADDRESS: '100',
    // Both instances try the daily job every second: the job itself must make it run once a day.
    WORKFLOWS_DAILY_JOB_RULE: '* * * * * *',
  });
  for (const index of [0, 1]) {
    // users-permissions' own flood limit (10 logins a minute per address, per instance) widened, so that
    // this file's logins reach the throttle under test.
    await cluster.call(index, 'config', { key: 'plugin::users-permissions.ratelimit', value: { interval: 60000, max: 1000 } });
  }
});
afterAll(stopClusters);

const api = () => request(cluster.proxy);
const login = (identifier: string, password = DEMO_PASSWORD) => api().post('/api/auth/local').send({ identifier, password });
const bearer = (jwt: string) => ({ Authorization: `Bearer ${jwt}` });
const rows = <T>(index: number, uid: string, select: string[], where: Record<string, unknown> = {}) =>
  cluster.call<T[]>(index, 'rows', { uid, where, select });
const count = (index: number, uid: string, where: Record<string, unknown>) =>
  cluster.call<number>(index, 'count', { uid, where });
const distinct = (values: unknown[]) => new Set(values.map((v) => JSON.stringify(v))).size;

describe('starting two instances at once on an empty database', () => {
  it('both start, and roles, permissions and locales exist once each', async () => {
    expect(cluster.ports).toHaveLength(2);
    const roles = await rows<{ id: number; type: string }>(0, ROLE, ['id', 'type']);
    expect(roles.map((r) => r.type).sort()).toEqual(['authenticated', 'operator', 'provider', 'public', 'table-member', 'udp']);
    const permissions = await cluster.call<{ action: string; role: { id: number } | null }[]>(1, 'rows', {
      uid: PERMISSION,
      where: {},
      select: ['action'],
      populate: { role: { select: ['id'] } },
    });
    expect(permissions.length).toBeGreaterThan(50);
    expect(distinct(permissions.map((p) => [p.action, p.role?.id]))).toBe(permissions.length);
    const locales = await rows<{ code: string }>(0, LOCALE, ['code']);
    expect(locales.map((l) => l.code).sort()).toEqual(['en', 'it']);
  });
});

describe('behind the round-robin proxy, with the demo data', () => {
  let udp: Record<string, string>;
  let operator: Record<string, string>;

  beforeAll(async () => {
    await cluster.call(0, 'seed');
    udp = bearer((await login('udp')).body.jwt);
    operator = bearer((await login('op.bussero')).body.jwt);
  });

  it(`of ${PARALLEL} identical transitions sent at once to both instances exactly one succeeds, the others get 409`, async () => {
    const created = await api()
      .post('/api/workflows/definitions')
      .set(udp)
      .send({ data: { key: 'gara', name: t('gara'), contentType: SERVICE, definition: pingPong } });
    expect(created.status).toBe(201);
    expect((await api().post('/api/workflows/definitions/gara/publish').set(udp)).status).toBe(200);
    const service = await api().get('/api/services?filters[code][$eq]=cartella-sociale-informatizzata').set(udp);
    const started = await api()
      .post('/api/workflows/instances')
      .set(udp)
      .send({ workflow: 'gara', subject: { type: SERVICE, documentId: service.body.data[0].documentId } });
    expect(started.status).toBe(201);
    const instance = started.body.data.documentId as string;

    const responses = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        api()
          .post(`/api/workflows/instances/${instance}/transitions`)
          .set(i % 4 < 2 ? udp : operator)
          .send({ transition: 'to-b', expectedState: 'a', comment: `tentativo ${i}` })
      )
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, ...Array(PARALLEL - 1).fill(409)]);
    expect(new Set(responses.map((r) => r.headers['x-test-instance']))).toEqual(new Set(['0', '1']));
    for (const r of responses.filter((x) => x.status === 409))
      expect(r.body.error).toMatchObject({ status: 409, name: 'ConflictError' });
    expect(await count(1, 'plugin::workflows.history', { instanceId: instance, transition: 'to-b' })).toBe(1);
    expect(await count(0, 'plugin::workflows.audit-record', { instanceId: instance, action: 'transition' })).toBe(1);
    const [row] = await rows<{ state: string; lockVersion: number }>(1, 'plugin::workflows.instance', ['state', 'lockVersion'], {
      documentId: instance,
    });
    expect(row).toMatchObject({ state: 'b', lockVersion: 1 });
  });

  it('the daily job, tried every second by both instances, ran once today', async () => {
    const runs = await rows<{ day: string; outcome: string }>(0, JOB_RUN, ['day', 'outcome'], { job: 'workflows.daily' });
    expect(runs.length).toBeGreaterThanOrEqual(1); // two, if the test ran across midnight
    expect(distinct(runs.map((r) => r.day))).toBe(runs.length);
    expect(runs.map((r) => r.outcome)).toEqual(runs.map(() => 'done'));
  });

  it('the daily job started on both instances at the same moment runs once', async () => {
    const now = '2031-03-04T05:15:00Z';
    const outcomes = await Promise.all(
      [0, 1, 0, 1].map((index) => cluster.call<{ ran: boolean; day: string }>(index, 'daily', { now }))
    );
    expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
    expect(outcomes.map((o) => o.day)).toEqual(Array(4).fill('2031-03-04'));
    expect(await count(1, JOB_RUN, { job: 'workflows.daily', day: '2031-03-04' })).toBe(1);
  });

  it('login throttling counts the failures of every instance: after 3 the account is refused on both', async () => {
    for (const identifier of ['op.carugate', ' OP.Carugate ', 'op.CARUGATE']) {
      expect((await login(identifier, 'not-the-password')).status).toBe(400);
    }
    // Two attempts with the right password, one to each instance: both refused.
    const refused = [await login('op.carugate'), await login('op.carugate')];
    expect(refused.map((r) => r.status)).toEqual([429, 429]);
    expect(refused.map((r) => r.headers['x-test-instance']).sort()).toEqual(['0', '1']);
    for (const r of refused) expect(r.body).not.toHaveProperty('jwt');
  });

  it(`of ${PARALLEL} wrong passwords sent at once to both instances, and more after them, 3 are checked`, async () => {
    const burst = await Promise.all(Array.from({ length: PARALLEL }, () => login('ente.demo', 'not-the-password')));
    // Attempts counted together may all be refused; those that follow fill up to the limit, never past it.
    const after = [];
    for (let i = 0; i < 4; i += 1) after.push(await login('ente.demo', 'not-the-password'));
    const statuses = [...burst, ...after].map((r) => r.status);
    expect(statuses.filter((s) => s !== 400 && s !== 429)).toEqual([]);
    expect(statuses.filter((s) => s === 400)).toHaveLength(3);
    expect([(await login('ente.demo')).status, (await login('ente.demo')).status]).toEqual([429, 429]);
  });

  it('a session ended on one instance is refused by both', async () => {
    const session = await login('tavolo.demo');
    expect(session.status).toBe(200);
    const me = () => api().get('/api/account/me').set(bearer(session.body.jwt));
    expect([(await me()).status, (await me()).status]).toEqual([200, 200]);
    const refreshCookie = ([] as string[])
      .concat(session.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('strapi_up_refresh='))
      ?.split(';')[0];
    const logout = await api()
      .post('/api/auth/logout')
      .set(bearer(session.body.jwt))
      .set('Cookie', refreshCookie ?? '')
      .send({});
    expect(logout.status).toBeLessThan(300);
    const after = [await me(), await me()];
    expect(after.map((r) => r.status)).toEqual([401, 401]);
    expect(after.map((r) => r.headers['x-test-instance']).sort()).toEqual(['0', '1']);
  });
});
