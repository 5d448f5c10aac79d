import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { http } from '../helpers/http';
import { seedDemo } from '../../src/seed/run-seed';
import { loadDemo, pingPong, SERVICE, serviceId, startOn, t, type Headers } from './workflows-fixtures';

let app: Core.Strapi;
let as: Headers;

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  as = await loadDemo(app);
});
afterAll(stopStrapi);

const create = (data: Record<string, unknown>, headers = as.udp) =>
  http(app).post('/api/workflows/definitions').set(headers).send({ data });
const issuePaths = (body: { error: { details: { errors: { path: string[] }[] } } }) =>
  body.error.details.errors.map((e) => e.path.join('.'));

describe('the workflows plugin', () => {
  it('is loaded, with its routes under /api/workflows', async () => {
    expect(app.plugin('workflows')).toBeDefined();
    expect((await http(app).get('/api/workflows/definitions').set(as.udp)).status).toBe(200);
    expect((await http(app).get('/api/workflows/definitions')).status).toBe(403);
  });

  it('has the six demo workflows published, with states and transitions', async () => {
    const response = await http(app).get('/api/workflows/definitions').set(as.udp);
    const byKey = Object.fromEntries(response.body.data.map((w: { key: string }) => [w.key, w]));
    expect(Object.keys(byKey)).toEqual(
      expect.arrayContaining(['segretariato', 'housing', 'sail', 'life-project', 'voucher', 'minutes'])
    );
    const housing = byKey.housing.versions[0];
    expect(housing).toMatchObject({ version: 1, status: 'published' });
    expect(housing.definition.states.map((s: { key: string }) => s.key)).toEqual([
      'report',
      'assessment',
      'waitlist',
      'placed',
      'discharged',
      'not-admitted',
    ]);
    expect(housing.definition.states[1].deadline).toEqual({ workingDays: 10 });
    expect(byKey.minutes).toMatchObject({ contentType: 'plugin::governance.minutes' });
    expect(byKey.housing).toMatchObject({ contentType: 'api::case.case', contentTypeAvailable: true });
  });

  it('the demo data holds instances of the running workflows in several states', async () => {
    const response = await http(app).get('/api/workflows/instances?pageSize=100').set(as.udp);
    const states = response.body.data.map(
      (i: { workflow: { key: string }; state: { key: string } }) => `${i.workflow.key}:${i.state.key}`
    );
    expect(states).toEqual(
      expect.arrayContaining([
        'segretariato:analysis',
        'segretariato:closed',
        'housing:assessment',
        'housing:report',
        'sail:orientation',
        'voucher:provider-chosen',
      ])
    );
    // Those of people run on the demo cases: each open case follows its service's workflow.
    const ofPeople = response.body.data.filter((i: { workflow: { key: string } }) => i.workflow.key !== 'minutes');
    expect(new Set(ofPeople.map((i: { subject: { type: string } }) => i.subject.type))).toEqual(new Set(['api::case.case']));
    expect(ofPeople).toHaveLength(await app.db.query('api::case.case').count());
    // The governance engine's demo minutes run through the `minutes` workflow (draft, in review, published).
    expect(states).toEqual(expect.arrayContaining(['minutes:draft', 'minutes:in-review', 'minutes:published']));
  });

  it('seeding again creates nothing and moves nothing', async () => {
    const counts = () =>
      Promise.all(
        ['workflow', 'workflow-version', 'instance', 'history', 'audit-record'].map((type) =>
          app.db.query(`plugin::workflows.${type}` as never).count()
        )
      );
    const before = await counts();
    const report = await seedDemo(app);
    expect(await counts()).toEqual(before);
    expect(report['plugin::workflows.workflow']).toEqual({ created: 0, kept: 6 });
  });

  it('staff see the published workflows they take part in; only the UdP designs', async () => {
    const tavolo = await http(app).get('/api/workflows/definitions').set(as['tavolo.demo']);
    expect(tavolo.body.data.map((w: { key: string }) => w.key)).toEqual(['minutes']);
    expect(
      (await create({ key: 'abusivo', name: t('X'), contentType: SERVICE, definition: pingPong }, as['op.bussero'])).status
    ).toBe(403);
    expect((await http(app).post('/api/workflows/definitions/housing/publish').set(as['op.bussero'])).status).toBe(403);
  });
});

describe('life cycle of a definition: draft, publish, new version, running instances keep theirs', () => {
  let instance: string;

  it('creates version 1 as a draft; nobody can start it yet', async () => {
    const created = await create({ key: 'prova', name: t('Prova', 'Trial'), contentType: SERVICE, definition: pingPong });
    expect(created.status).toBe(201);
    expect(created.body.data.versions).toEqual([expect.objectContaining({ version: 1, status: 'draft' })]);
    const start = await http(app)
      .post('/api/workflows/instances')
      .set(as.udp)
      .send({ workflow: 'prova', subject: { type: SERVICE, documentId: await serviceId(app, 'pippi') } });
    expect(start.status).toBe(404);
  });

  it('publishes version 1 and starts an instance on it', async () => {
    const published = await http(app).post('/api/workflows/definitions/prova/publish').set(as.udp);
    expect(published.body.data).toMatchObject({ version: 1, status: 'published' });
    instance = (await startOn(app, as['op.bussero'], 'prova', await serviceId(app, 'pippi'))).documentId;
  });

  it('saving a draft starts version 2; version 1 stays as published, even below the API', async () => {
    const v2 = JSON.parse(JSON.stringify(pingPong));
    v2.states[1].label = t('B due', 'B two');
    const draft = await http(app)
      .put('/api/workflows/definitions/prova/draft')
      .set(as.udp)
      .send({ data: { definition: v2, changeNote: 'Etichetta' } });
    expect(draft.status).toBe(200);
    expect(draft.body.data).toMatchObject({ version: 2, status: 'draft' });
    const v1 = await http(app).get('/api/workflows/definitions/prova/versions/1').set(as.udp);
    expect(v1.body.data.definition).toEqual(pingPong);
    const row = (await app.db
      .query('plugin::workflows.workflow-version')
      .findOne({ where: { version: 1, workflow: { key: 'prova' } } })) as { documentId: string };
    await expect(
      app
        .documents('plugin::workflows.workflow-version')
        .update({ documentId: row.documentId, data: { definition: v2 } } as never)
    ).rejects.toThrow(/immutable/);
    await expect(
      app.documents('plugin::workflows.workflow-version').delete({ documentId: row.documentId } as never)
    ).rejects.toThrow();
  });

  it('publishing version 2 retires version 1; the running instance keeps version 1, new ones get 2', async () => {
    expect((await http(app).post('/api/workflows/definitions/prova/publish').set(as.udp)).body.data).toMatchObject({
      version: 2,
      status: 'published',
    });
    expect((await http(app).get('/api/workflows/definitions/prova/versions/1').set(as.udp)).body.data).toMatchObject({
      status: 'retired',
      supersededBy: 2,
    });
    const old = await http(app).get(`/api/workflows/instances/${instance}`).set(as['op.bussero']);
    expect(old.body.data.workflow.version).toBe(1);
    const moved = await http(app)
      .post(`/api/workflows/instances/${instance}/transitions`)
      .set(as['op.bussero'])
      .send({ transition: 'to-b', expectedState: 'a' });
    expect(moved.status).toBe(200);
    const after = await http(app).get(`/api/workflows/instances/${instance}`).set(as['op.bussero']);
    expect(after.body.data.state).toMatchObject({ key: 'b', label: t('B') });
    const fresh = await startOn(app, as['op.bussero'], 'prova', await serviceId(app, 'sprar'));
    const freshView = await http(app).get(`/api/workflows/instances/${fresh.documentId}`).set(as.udp);
    expect(freshView.body.data.workflow.version).toBe(2);
  });

  it('retiring stops new instances', async () => {
    expect((await http(app).post('/api/workflows/definitions/prova/versions/2/retire').set(as.udp)).status).toBe(200);
    const start = await http(app)
      .post('/api/workflows/instances')
      .set(as.udp)
      .send({ workflow: 'prova', subject: { type: SERVICE, documentId: await serviceId(app, 'funzioni-delegate-ats') } });
    expect(start.status).toBe(404);
    expect((await http(app).post('/api/workflows/definitions/prova/versions/2/retire').set(as.udp)).status).toBe(400);
  });

  it('every change to the definition wrote an audit record', async () => {
    const audit = await http(app).get('/api/workflows/audit?workflow=prova&kind=definition&pageSize=50').set(as.udp);
    expect(audit.body.data.map((a: { action: string; version: number }) => `${a.action}@${a.version}`)).toEqual([
      'create@1',
      'publish@1',
      'save-draft@2',
      'publish@2',
      'retire@2',
    ]);
    expect(audit.body.data[0]).toMatchObject({ actorUsername: 'udp', actorRole: 'udp' });
    expect(audit.body.data[0].at).toBeTruthy();
  });
});

describe('definitions are validated when saved: 400 naming the place, in Italian and English', () => {
  const bad = (change: (d: typeof pingPong) => void) => {
    const definition = JSON.parse(JSON.stringify(pingPong));
    change(definition);
    return create({ key: `bad-${Math.random().toString(36).slice(2, 8)}`, name: t('X'), contentType: SERVICE, definition });
  };

  it.each([
    [
      'unknown state in a transition',
      (d: typeof pingPong) => (d.transitions[0].to = 'z'),
      'definition.transitions.0.to',
      'the state it reaches is not one of the workflow’s states',
    ],
    ['duplicate keys', (d: typeof pingPong) => (d.states[1].key = 'a'), 'definition.states.1.key', 'duplicate state key "a"'],
    [
      'no initial state',
      (d: typeof pingPong) => (d.states[0].kind = 'normal'),
      'definition.states',
      'exactly one initial state is needed (found 0)',
    ],
    [
      'unreachable states',
      (d: typeof pingPong) => (d.transitions = d.transitions.filter((tr) => tr.key !== 'to-c')),
      'definition.states.2',
      'state "C" cannot be reached from the initial state',
    ],
    [
      'unknown roles',
      (d: typeof pingPong) => (d.transitions[1].roles = ['operator', 'assessore']),
      'definition.transitions.1.roles.1',
      'unknown role "assessore"',
    ],
    [
      'bad expressions',
      (d: typeof pingPong) =>
        ((d.transitions[0] as Record<string, unknown>).guards = [
          { type: 'expression', expression: { like: [{ var: 'record.colour' }, 'x'] }, message: t('x') },
        ]),
      'definition.transitions.0.guards.0.expression',
      'unknown operator "like"',
    ],
  ])('%s', async (_name, change, path, en) => {
    const response = await bad(change);
    expect(response.status).toBe(400);
    const errors = response.body.error.details.errors as { path: string[]; it: string; en: string }[];
    const found = errors.find((e) => e.path.join('.') === path && e.en.startsWith(en));
    expect(found).toBeDefined();
    expect(found?.it).toBeTruthy();
    expect(response.body.error.message).toMatch(/^Dati non validi – .* \/ Invalid data – /);
  });

  it('unknown record fields and forms are named too; nothing is saved', async () => {
    const response = await bad((d) => {
      (d.transitions[0] as Record<string, unknown>).guards = [
        { type: 'fields', fields: ['contactEmail', 'colour'] },
        { type: 'form', form: 'nessun-modulo' },
      ];
    });
    expect(issuePaths(response.body)).toEqual([
      'definition.transitions.0.guards.0.fields.1',
      'definition.transitions.0.guards.1.form',
    ]);
    expect(await app.db.query('plugin::workflows.workflow').count({ where: { key: { $startsWith: 'bad-' } } })).toBe(0);
  });

  it('bad metadata and unknown keys are refused', async () => {
    const response = await create({ key: 'Bad Key', name: t('X'), contentType: 'servizi', definition: pingPong, colour: 'red' });
    expect(issuePaths(response.body)).toEqual(expect.arrayContaining(['colour', 'key', 'contentType']));
    const draft = await http(app)
      .put('/api/workflows/definitions/housing/draft')
      .set(as.udp)
      .send({ data: { definition: pingPong, extra: 1 } });
    expect(draft.status).toBe(400);
  });
});
