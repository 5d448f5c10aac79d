import path from 'node:path';
import crypto from 'node:crypto';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { DEMO_PASSWORD, http } from '../helpers/http';
import { ROOT, killChild, runNode, runToEnd, type Child } from '../helpers/child';
import { hasOpenWrite } from '../helpers/open-write';
import { loadDemo, pingPong, publishWorkflow, serviceId, startOn, type Headers } from './workflows-fixtures';

let app: Core.Strapi;
let as: Headers;
const children: Child[] = [];
// Names the children's PostgreSQL connections, to see from here whether they hold a transaction that wrote.
const appName = `ambito-crash-${crypto.randomBytes(4).toString('hex')}`;

// Children boot the app themselves: minutes on a loaded machine.
jest.setTimeout(600_000);

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  as = await loadDemo(app);
});
afterAll(async () => {
  for (const child of children) await killChild(child);
  await stopStrapi();
});

function child(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Child {
  const started = runNode(script, args, { PGAPPNAME: appName, ...env });
  children.push(started);
  return started;
}

/** SIGKILLs a child stopped by its fixture; tells whether it was inside a transaction that had written. */
async function killStopped(running: Child): Promise<boolean> {
  const open = await hasOpenWrite(appName);
  await killChild(running);
  return open;
}

describe('a bulk import killed half-way (npm run seed:cases)', () => {
  // The generator's batch (src/seed/cases/generate.ts: one transaction each).
  const BATCH = 5000;
  const knex = () => app.db.connection;
  type Link = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
  const link = (uid: string, attribute: string) =>
    (app.db.metadata.get(uid as never).attributes as unknown as Record<string, { joinTable: Link }>)[attribute].joinTable;
  const table = (uid: string) => app.db.metadata.get(uid as never).tableName;
  const CASE = 'api::case.case';
  const BENEFICIARY = 'api::beneficiary.beneficiary';
  const generatedCases = () => knex()(table(CASE)).where('code', 'like', 'G-%');
  const generatedPeople = () => knex()(table(BENEFICIARY)).where('email', 'like', 'generato-%@esempio.invalid');

  /** Generated rows whose links to `attribute` are not exactly one. */
  async function withoutOneLink(uid: string, rows: () => ReturnType<typeof generatedCases>, attribute: string, inverse = false) {
    const lnk = link(uid, attribute);
    const [own, other] = inverse
      ? [lnk.inverseJoinColumn.name, lnk.joinColumn.name]
      : [lnk.joinColumn.name, lnk.inverseJoinColumn.name];
    const owner = inverse ? table(BENEFICIARY) : table(uid);
    const broken = await rows()
      .leftJoin(lnk.name, `${owner}.id`, `${lnk.name}.${own}`)
      .groupBy(`${owner}.id`)
      .havingRaw(`count(${lnk.name}.${other}) <> 1`)
      .select(`${owner}.id`);
    return broken.length;
  }

  /** What must hold whenever the import stopped: every case with its person, comune and service; returns the cases. */
  async function expectNoOrphans(): Promise<number> {
    const cases = (await generatedCases().select('code')) as { code: string }[];
    const people = Number(((await generatedPeople().count({ n: '*' })) as { n: number }[])[0].n);
    expect(people).toBe(cases.length);
    expect(await withoutOneLink(CASE, generatedCases, 'beneficiary')).toBe(0);
    expect(await withoutOneLink(CASE, generatedCases, 'municipality')).toBe(0);
    expect(await withoutOneLink(CASE, generatedCases, 'service')).toBe(0);
    expect(await withoutOneLink(CASE, generatedPeople, 'beneficiary', true)).toBe(0);
    expect(await withoutOneLink(BENEFICIARY, generatedPeople, 'municipality')).toBe(0);
    // Every third generated case has its operator: the links of a batch came with it.
    const operatorLinks = link(CASE, 'assignedOperator');
    const assigned = Number(
      (
        (await generatedCases()
          .join(operatorLinks.name, `${table(CASE)}.id`, `${operatorLinks.name}.${operatorLinks.joinColumn.name}`)
          .count({ n: '*' })) as { n: number }[]
      )[0].n
    );
    expect(assigned).toBe(cases.filter((c) => Number(c.code.slice(2)) % 3 === 0).length);
    return cases.length;
  }

  it('leaves only whole batches, each case with its beneficiary and links, and runs again cleanly', async () => {
    // The real script, made to stop in its third batch when it links the cases to their services.
    const importing = child(path.join(ROOT, 'scripts', 'seed-cases.js'), ['--count', '500000'], {
      NODE_OPTIONS: `--require ${path.join(ROOT, 'tests', 'fixtures', 'crash', 'pause-in-batch.js')}`,
      CRASH_PAUSE_AFTER: `[seed:cases] ${2 * BATCH}/500000`,
      CRASH_PAUSE_TABLE: link(CASE, 'service').name,
    });
    await importing.waitFor(/PAUSED/);
    const killedInTransaction = await killStopped(importing);

    const committed = await expectNoOrphans();
    expect(committed).toBe(2 * BATCH);
    // The third batch had written its people, cases and first links, uncommitted: all gone.
    expect(killedInTransaction).toBe(true);

    const again = await runToEnd(path.join(ROOT, 'scripts', 'seed-cases.js'), ['--count', '1500'], { PGAPPNAME: appName });
    expect(again).toMatch(/\[seed:cases\] 1500\/1500/);
    expect(await expectNoOrphans()).toBe(committed + 1500);
  });
});

describe('a server killed in the middle of a workflow transition', () => {
  const AUDIT = 'plugin::workflows.audit-record';
  const HISTORY = 'plugin::workflows.history';

  it('leaves the instance in its old state with no history or audit of the move; the move then succeeds whole', async () => {
    await publishWorkflow(app, as.udp, 'crash-ping-pong', pingPong);
    const instance = await startOn(app, as.udp, 'crash-ping-pong', await serviceId(app, 'sail'));
    expect(instance.state.key).toBe('a');

    // A second server on the same database stops for good inside the transition, just before the audit record.
    const server = child(path.join(ROOT, 'tests', 'fixtures', 'crash', 'transition-server.js'), []);
    const [, port] = await server.waitFor(/LISTENING (\d+)/);
    const remote = request(`http://127.0.0.1:${port}`);
    const login = await remote.post('/api/auth/local').send({ identifier: 'udp', password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    const pending = remote
      .post(`/api/workflows/instances/${instance.documentId}/transitions`)
      .set({ Authorization: `Bearer ${login.body.jwt}` })
      .send({ transition: 'to-b', expectedState: 'a' })
      .then(
        (response) => response.status,
        () => 'no answer'
      );
    // Inside its transaction the instance had already moved and its history was written.
    const [, seen] = await server.waitFor(/HANGING (\w+)/);
    expect(seen).toBe('b');
    const killedInTransaction = await killStopped(server);
    expect(await pending).toBe('no answer');

    const read = await http(app).get(`/api/workflows/instances/${instance.documentId}`).set(as.udp);
    expect(read.status).toBe(200);
    expect(read.body.data.state.key).toBe('a');
    expect(read.body.data.history.map((h: { toState: string }) => h.toState)).toEqual(['a']);
    const audit = () =>
      app.db
        .query(AUDIT)
        .findMany({ where: { instanceId: instance.documentId }, select: ['action', 'toState'], orderBy: { id: 'asc' } });
    expect(await audit()).toEqual([{ action: 'start', toState: 'a' }]);
    expect(killedInTransaction).toBe(true);

    // Nothing half-done is in the way: the same move, taken again, goes through with its history and audit.
    const moved = await http(app)
      .post(`/api/workflows/instances/${instance.documentId}/transitions`)
      .set(as.udp)
      .send({ transition: 'to-b', expectedState: 'a' });
    expect(moved.status).toBe(200);
    expect(moved.body.data).toMatchObject({ state: 'b', from: 'a' });
    expect(await app.db.query(HISTORY).count({ where: { instanceId: instance.documentId } })).toBe(2);
    expect(await audit()).toEqual([
      { action: 'start', toState: 'a' },
      { action: 'transition', toState: 'b' },
    ]);
  });
});
