import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { http } from '../helpers/http';
import { loadDemo, move, pingPong, publishWorkflow, SERVICE, serviceId, startOn, type Headers } from './workflows-fixtures';

let app: Core.Strapi;
let as: Headers;
const PARALLEL = 8;

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  as = await loadDemo(app);
  await publishWorkflow(app, as.udp, 'gara', pingPong);
});
afterAll(stopStrapi);

const countOf = (uid: string, where: Record<string, unknown>) => app.db.query(uid as never).count({ where });

describe('concurrent transitions on one record', () => {
  let instance: string;

  beforeAll(async () => {
    instance = (await startOn(app, as.udp, 'gara', await serviceId(app, 'cartella-sociale-informatizzata'))).documentId;
  });

  it(`of ${PARALLEL} identical transitions fired at once over HTTP exactly one succeeds, the others get 409`, async () => {
    const responses = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        move(app, i % 2 ? as['op.bussero'] : as.udp, instance, {
          transition: 'to-b',
          expectedState: 'a',
          comment: `tentativo ${i}`,
        })
      )
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array(PARALLEL - 1).fill(409)]);
    for (const r of responses.filter((x) => x.status === 409)) {
      expect(r.body.error).toMatchObject({ status: 409, name: 'ConflictError' });
      expect(r.body.error.message).toContain(' / ');
    }
    expect(await countOf('plugin::workflows.history', { instanceId: instance, transition: 'to-b' })).toBe(1);
    expect(await countOf('plugin::workflows.audit-record', { instanceId: instance, action: 'transition' })).toBe(1);
    const row = (await app.db.query('plugin::workflows.instance').findOne({ where: { documentId: instance } })) as {
      state: string;
      lockVersion: number;
    };
    expect(row).toMatchObject({ state: 'b', lockVersion: 1 });
  });

  it('different transitions racing from the same state: one wins, round after round', async () => {
    let state = 'b';
    for (let round = 0; round < 5; round += 1) {
      const targets = state === 'a' ? ['to-b', 'to-c'] : ['back', state === 'b' ? 'to-c' : 'to-b'];
      const responses = await Promise.all(
        Array.from({ length: PARALLEL }, (_, i) =>
          move(app, as.udp, instance, { transition: targets[i % 2], expectedState: state })
        )
      );
      const ok = responses.filter((r) => r.status === 200);
      expect(ok).toHaveLength(1);
      expect(responses.filter((r) => r.status === 409)).toHaveLength(PARALLEL - 1);
      state = ok[0].body.data.state;
    }
    const history = await countOf('plugin::workflows.history', { instanceId: instance });
    const audit = await countOf('plugin::workflows.audit-record', { instanceId: instance });
    expect(history).toBe(1 + 1 + 5); // start, the first race, five rounds
    expect(audit).toBe(history);
    expect(
      ((await app.db.query('plugin::workflows.instance').findOne({ where: { documentId: instance } })) as { lockVersion: number })
        .lockVersion
    ).toBe(6);
  });

  it('the conditional update decides: a row moved between the read and the write is a 409, and nothing is written', async () => {
    const id = (await startOn(app, as.udp, 'gara', await serviceId(app, 'pippi'))).documentId;
    // Another writer committing between this request's read and its update, made certain: the lockVersion
    // it read is stale by the time it writes. (On PostgreSQL the races above also interleave for real.)
    const unsubscribe = app.db.lifecycles.subscribe({
      models: ['plugin::workflows.instance'],
      beforeUpdateMany(event: { params: { where: Record<string, unknown> } }) {
        event.params.where.lockVersion = -1;
      },
    } as never);
    try {
      const response = await move(app, as.udp, id, { transition: 'to-b', expectedState: 'a', comment: 'perso' });
      expect(response.status).toBe(409);
      expect(response.body.error.message).toMatch(
        /appena spostato da qualcun altro .* \/ Someone else has just moved the record/
      );
    } finally {
      unsubscribe();
    }
    expect(await countOf('plugin::workflows.history', { instanceId: id })).toBe(1); // the start only
    expect(await countOf('plugin::workflows.audit-record', { instanceId: id, action: 'transition' })).toBe(0);
    expect(
      ((await app.db.query('plugin::workflows.instance').findOne({ where: { documentId: id } })) as { state: string }).state
    ).toBe('a');
  });

  it('starting the same workflow on one record at once: one instance, the others 409', async () => {
    const documentId = await serviceId(app, 'funzioni-delegate-ats');
    const responses = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        http(app)
          .post('/api/workflows/instances')
          .set(as.udp)
          .send({ workflow: 'gara', subject: { type: SERVICE, documentId } })
      )
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, ...Array(PARALLEL - 1).fill(409)]);
    expect(await countOf('plugin::workflows.instance', { workflowKey: 'gara', subjectId: documentId })).toBe(1);
  });
});

describe('the daily job', () => {
  const job = () => app.plugin('workflows').service('daily-job');

  it('finds overdue instances and notifies their assignee once per deadline', async () => {
    // The demo housing report under assessment has a deadline 10 working days away: in 2030 it is overdue.
    const housing = await http(app).get('/api/workflows/instances?workflow=housing&state=assessment').set(as.udp);
    const target = housing.body.data[0];
    const first = await job().run({ now: new Date('2030-06-01T08:00:00Z') });
    expect(first).toMatchObject({ ran: true });
    expect(first.overdueInstances).toBeGreaterThanOrEqual(1);
    const notices = await http(app).get('/api/workflows/notifications').set(as.udp);
    const overdue = notices.body.data.filter(
      (n: { kind: string; instanceId: string }) => n.kind === 'overdue' && n.instanceId === target.documentId
    );
    // One for the record past its deadline, one for its assessment task (due at the same deadline).
    expect(overdue.map((n: { message: { en: string } }) => n.message.en.split(' ')[0]).sort()).toEqual(['Deadline', 'Task']);
    const next = await job().run({ now: new Date('2030-06-02T08:00:00Z') });
    expect(next).toMatchObject({ ran: true, overdueInstances: 0, overdueTasks: 0 });
  });
  it('runs exactly once a day, even when called concurrently (as by several Strapi instances)', async () => {
    const now = new Date('2031-03-04T05:15:00Z');
    const outcomes = await Promise.all(Array.from({ length: 4 }, () => job().run({ now })));
    expect(outcomes.filter((o: { ran: boolean }) => o.ran)).toHaveLength(1);
    expect(outcomes.map((o: { day: string }) => o.day)).toEqual(Array(4).fill('2031-03-04'));
    expect(await countOf('plugin::workflows.job-run', { job: 'workflows.daily', day: '2031-03-04' })).toBe(1);
    expect((await job().run({ now })).ran).toBe(false);
    expect((await job().run({ now: new Date('2031-03-05T05:15:00Z') })).ran).toBe(true);
  });

  it('is scheduled with Strapi cron', () => {
    const jobs = (app.cron as unknown as { jobs: { name: string | null }[] }).jobs;
    expect(jobs.map((j) => j.name)).toContain('workflows-daily');
  });
});

describe('audit records cannot be changed', () => {
  let record: { id: number; documentId: string };

  beforeAll(async () => {
    record = (await app.db
      .query('plugin::workflows.audit-record')
      .findOne({ where: { workflowKey: 'gara' }, orderBy: { id: 'asc' } })) as typeof record;
  });

  it('no route writes, changes or deletes them', async () => {
    for (const [method, path] of [
      ['post', '/api/workflows/audit'],
      ['put', `/api/workflows/audit/${record.documentId}`],
      ['delete', `/api/workflows/audit/${record.documentId}`],
      ['patch', `/api/workflows/audit/${record.documentId}`],
    ] as const) {
      const response = await http(app)[method](path).set(as.udp).send({ comment: 'riscritto' });
      expect([method, response.status]).toEqual([method, expect.any(Number)]);
      expect([404, 405]).toContain(response.status);
    }
    const pluginRoutes = app.plugin('workflows').routes;
    const routes = Array.isArray(pluginRoutes) ? pluginRoutes : pluginRoutes['content-api'].routes;
    expect(routes.filter((r) => r.path.startsWith('/audit')).map((r) => r.method)).toEqual(['GET']);
  });

  it('the document service refuses to update or delete them', async () => {
    const audit = app.documents('plugin::workflows.audit-record' as never);
    await expect(audit.update({ documentId: record.documentId, data: { comment: 'riscritto' } } as never)).rejects.toThrow(
      /never changed/
    );
    await expect(audit.delete({ documentId: record.documentId } as never)).rejects.toThrow(/never changed/);
    const history = (await app.db.query('plugin::workflows.history').findOne({ where: { workflowKey: 'gara' } })) as {
      documentId: string;
    };
    await expect(
      app.documents('plugin::workflows.history' as never).delete({ documentId: history.documentId } as never)
    ).rejects.toThrow(/never changed/);
  });

  it('so does the query engine below it', async () => {
    const query = app.db.query('plugin::workflows.audit-record');
    await expect(query.update({ where: { id: record.id }, data: { comment: 'riscritto' } })).rejects.toThrow(/never changed/);
    await expect(query.updateMany({ where: { workflowKey: 'gara' }, data: { comment: 'riscritto' } })).rejects.toThrow(
      /never changed/
    );
    await expect(query.delete({ where: { id: record.id } })).rejects.toThrow(/never changed/);
    await expect(query.deleteMany({ where: { workflowKey: 'gara' } })).rejects.toThrow(/never changed/);
    const after = (await query.findOne({ where: { id: record.id } })) as { comment: string | null };
    expect(after.comment).not.toBe('riscritto');
  });

  it("an instance's state cannot be set outside a transition", async () => {
    const row = (await app.db.query('plugin::workflows.instance').findOne({ where: { workflowKey: 'gara' } })) as {
      documentId: string;
    };
    await expect(
      app.documents('plugin::workflows.instance' as never).update({ documentId: row.documentId, data: { state: 'end' } } as never)
    ).rejects.toThrow(/only through a transition/);
  });
});
