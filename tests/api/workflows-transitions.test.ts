import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { http } from '../helpers/http';
import { loadDemo, move, publishWorkflow, SERVICE, serviceId, startOn, t, type Headers } from './workflows-fixtures';

let app: Core.Strapi;
let as: Headers;
let subject: string;
let instance: string;

type Task = { documentId: string; instance: { documentId: string } };
const tasksOf = (tasks: Task[], id: string) => tasks.filter((task) => task.instance.documentId === id);

/** open → review (form guard; assigns the UdP, a task, a notification) → approved (fields and expression guards) → done (comment) | dropped. */
const review = {
  start: { roles: ['operator', 'udp'], actions: [{ type: 'assign', role: 'operator', user: 'actor' }] },
  states: [
    { key: 'open', label: t('Aperta', 'Open'), kind: 'initial', colour: '#1565c0' },
    { key: 'review', label: t('In esame', 'In review'), kind: 'normal', colour: '#f9a825', deadline: { workingDays: 10 } },
    { key: 'approved', label: t('Approvata', 'Approved'), kind: 'normal', colour: '#00838f' },
    { key: 'done', label: t('Conclusa', 'Done'), kind: 'final', colour: '#2e7d32' },
    { key: 'dropped', label: t('Archiviata', 'Dropped'), kind: 'final', colour: '#757575' },
  ],
  transitions: [
    {
      key: 'submit',
      from: 'open',
      to: 'review',
      label: t('Invia', 'Submit'),
      roles: ['operator'],
      guards: [{ type: 'form', form: 'scheda-flusso' }],
      actions: [
        { type: 'assign', role: 'udp' },
        { type: 'task', title: t('Esaminare la richiesta', 'Examine the request') },
        { type: 'notify', user: 'starter', message: t('Richiesta in esame', 'Request under review') },
      ],
    },
    {
      key: 'approve',
      from: 'review',
      to: 'approved',
      label: t('Approva', 'Approve'),
      roles: ['udp'],
      guards: [
        { type: 'fields', fields: ['contactOffice'] },
        {
          type: 'expression',
          expression: { '==': [{ var: 'record.status' }, 'active'] },
          message: t('Il servizio deve essere attivo', 'The service must be active'),
        },
      ],
    },
    {
      key: 'finish',
      from: 'approved',
      to: 'done',
      label: t('Concludi', 'Finish'),
      roles: ['udp'],
      actions: [{ type: 'comment', required: true, text: t('Chiusura ordinaria', 'Ordinary closure') }],
    },
    {
      key: 'drop',
      from: ['open', 'review', 'approved'],
      to: 'dropped',
      label: t('Archivia', 'Drop'),
      roles: ['udp', 'operator'],
    },
  ],
};

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  as = await loadDemo(app);
  // A one-field form filled about the record: what the `submit` guard asks for.
  const form = await http(app)
    .post('/api/forms/definitions')
    .set(as.udp)
    .send({
      data: {
        key: 'scheda-flusso',
        title: t('Scheda'),
        roles: ['operator'],
        definition: { sections: [{ key: 's', title: t('S'), fields: [{ key: 'note', type: 'text', label: t('Nota') }] }] },
      },
    });
  expect(form.status).toBe(201);
  await http(app).post('/api/forms/definitions/scheda-flusso/publish').set(as.udp);
  await publishWorkflow(app, as.udp, 'esame', review);
  subject = await serviceId(app, 'spazio-incontri');
  await app
    .documents(SERVICE)
    .update({ documentId: subject, locale: 'it', data: { contactOffice: null, status: 'active' } } as never);
});
afterAll(stopStrapi);

describe('starting an instance on a record', () => {
  it('starts in the initial state, with the start actions applied and one history record', async () => {
    const started = await startOn(app, as['op.bussero'], 'esame', subject);
    instance = started.documentId;
    expect(started).toMatchObject({
      state: { key: 'open', kind: 'initial' },
      subject: { type: SERVICE, documentId: subject },
      assignee: { role: 'operator', user: { username: 'op.bussero' } },
      deadline: null,
    });
    expect((started as unknown as { history: unknown[] }).history).toEqual([
      expect.objectContaining({ fromState: null, toState: 'open', actorUsername: 'op.bussero' }),
    ]);
  });

  it('one running instance per workflow and record (409); the record must exist and be of the right type (400); the role must be allowed (403)', async () => {
    const again = await http(app)
      .post('/api/workflows/instances')
      .set(as.udp)
      .send({ workflow: 'esame', subject: { type: SERVICE, documentId: subject } });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ status: 409, name: 'ConflictError' });
    expect(again.body.error.message).toMatch(/già in corso .* \/ .* already running/);
    const wrongType = await http(app)
      .post('/api/workflows/instances')
      .set(as.udp)
      .send({ workflow: 'esame', subject: { type: 'api::provider.provider', documentId: subject } });
    expect(wrongType.status).toBe(400);
    const missing = await http(app)
      .post('/api/workflows/instances')
      .set(as.udp)
      .send({ workflow: 'esame', subject: { type: SERVICE, documentId: 'nope' } });
    expect(missing.body.error.details.errors[0].path).toEqual(['subject', 'documentId']);
    const provider = await http(app)
      .post('/api/workflows/instances')
      .set(as['ente.demo'])
      .send({ workflow: 'esame', subject: { type: SERVICE, documentId: subject } });
    expect(provider.status).toBe(403);
  });
});

describe('taking transitions', () => {
  it('shows the transitions this caller may take, with the reason of each unavailable one', async () => {
    const view = await http(app).get(`/api/workflows/instances/${instance}`).set(as['op.bussero']);
    expect(view.body.data.transitions).toEqual([
      expect.objectContaining({
        key: 'submit',
        available: false,
        reasons: [expect.objectContaining({ type: 'form', form: 'scheda-flusso' })],
      }),
      expect.objectContaining({ key: 'drop', available: true, reasons: [] }),
    ]);
  });

  it('a failing guard is a 422 telling what is missing, in Italian and English; nothing changes', async () => {
    const response = await move(app, as['op.bussero'], instance, { transition: 'submit', expectedState: 'open' });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ status: 422, name: 'UnprocessableEntityError' });
    expect(response.body.error.message).toBe(
      'Passaggio «Invia» non possibile: Manca la compilazione del modulo «Scheda» per questo record / The transition "Submit" is not possible: A submission of the form "Scheda" about this record is missing'
    );
    expect(response.body.error.details.reasons[0]).toMatchObject({ type: 'form', form: 'scheda-flusso' });
    expect((await http(app).get(`/api/workflows/instances/${instance}`).set(as.udp)).body.data.state.key).toBe('open');
  });

  it('a role that may not take the transition gets 403', async () => {
    const response = await move(app, as.udp, instance, { transition: 'submit', expectedState: 'open' });
    expect(response.status).toBe(403);
    // Named as people know them: the role's display name and the transition's label, never their keys.
    expect(response.body.error.message).toBe(
      'Il ruolo Ufficio di Piano non può eseguire il passaggio «Invia» (ruoli ammessi: Operatore comunale) / The role Ufficio di Piano (district planning office) may not take the transition "Submit" (allowed roles: Municipal social worker)'
    );
  });

  it('skipping states is impossible (422), and so is an unknown transition (400)', async () => {
    const skip = await move(app, as.udp, instance, { transition: 'finish', expectedState: 'open', comment: 'x' });
    expect(skip.status).toBe(422);
    expect(skip.body.error.details.reasons[0].type).toBe('state');
    expect((await move(app, as.udp, instance, { transition: 'teleport', expectedState: 'open' })).status).toBe(400);
    expect((await move(app, as.udp, instance, { transition: 'drop' })).status).toBe(400);
    expect((await move(app, as.udp, instance, { transition: 'drop', expectedState: 'open', extra: 1 })).status).toBe(400);
  });

  it('with the form filled about the record, the transition goes through: state, assignee, deadline, task, notification', async () => {
    const submission = await http(app)
      .post('/api/forms/submissions')
      .set(as['op.bussero'])
      .send({ form: 'scheda-flusso', data: { note: 'ok' }, subject: { type: SERVICE, id: subject } });
    expect(submission.status).toBe(201);
    const response = await move(app, as['op.bussero'], instance, {
      transition: 'submit',
      expectedState: 'open',
      comment: 'Pronta',
    });
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({
      from: 'open',
      state: 'review',
      lockVersion: 1,
      assignee: { role: 'udp', user: null },
    });
    expect(response.body.data.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const tasks = await http(app).get('/api/workflows/tasks').set(as.udp);
    expect(tasksOf(tasks.body.data, instance)).toEqual([
      expect.objectContaining({
        title: t('Esaminare la richiesta', 'Examine the request'),
        overdue: false,
        status: 'open',
        dueDate: response.body.data.deadline,
      }),
    ]);
    expect(tasksOf((await http(app).get('/api/workflows/tasks').set(as['op.carugate'])).body.data, instance)).toEqual([]);
    const notes = await http(app).get('/api/workflows/notifications?unread=true').set(as['op.bussero']);
    expect(notes.body.data[0]).toMatchObject({
      message: t('Richiesta in esame', 'Request under review'),
      recipientUsername: 'op.bussero',
    });
    expect(
      (await http(app).post(`/api/workflows/notifications/${notes.body.data[0].documentId}/read`).set(as['op.bussero'])).body.data
        .readAt
    ).toBeTruthy();
  });

  it('a stale expected state is a 409 with a clear message', async () => {
    const response = await move(app, as['op.bussero'], instance, { transition: 'drop', expectedState: 'open' });
    expect(response.status).toBe(409);
    expect(response.body).toEqual({
      data: null,
      error: expect.objectContaining({
        status: 409,
        name: 'ConflictError',
        details: expect.objectContaining({ currentState: 'review', expectedState: 'open' }),
      }),
    });
    expect(response.body.error.message).toMatch(
      /non è più nello stato «Aperta»: ora è in «.+».* \/ The record is no longer in the state "Open": it is now in ".+"/
    );
    expect(response.body.error.message).not.toMatch(/"open"|"review"/);
  });

  it("guards on the record's fields and data: 422 with the missing fields, then 200 once filled", async () => {
    const response = await move(app, as.udp, instance, { transition: 'approve', expectedState: 'review' });
    expect(response.status).toBe(422);
    expect(response.body.error.details.reasons).toEqual([
      expect.objectContaining({ type: 'fields', missing: ['contactOffice'] }),
    ]);
    await app
      .documents(SERVICE)
      .update({ documentId: subject, locale: 'it', data: { contactOffice: 'Ufficio di Piano', status: 'suspended' } } as never);
    const inactive = await move(app, as.udp, instance, { transition: 'approve', expectedState: 'review' });
    expect(inactive.body.error.details.reasons).toEqual([
      expect.objectContaining({ type: 'expression', en: 'The service must be active' }),
    ]);
    await app.documents(SERVICE).update({ documentId: subject, locale: 'it', data: { status: 'active' } } as never);
    expect((await move(app, as.udp, instance, { transition: 'approve', expectedState: 'review' })).status).toBe(200);
    // Leaving the state closed its task.
    expect(tasksOf((await http(app).get('/api/workflows/tasks').set(as.udp)).body.data, instance)).toEqual([]);
  });

  it('a transition that records a comment needs one (422), then ends the instance', async () => {
    const none = await move(app, as.udp, instance, { transition: 'finish', expectedState: 'approved', comment: '   ' });
    expect(none.status).toBe(422);
    expect(none.body.error.details.reasons).toEqual([expect.objectContaining({ type: 'comment' })]);
    const done = await move(app, as.udp, instance, {
      transition: 'finish',
      expectedState: 'approved',
      comment: 'Tutto in ordine',
    });
    expect(done.body.data).toMatchObject({ state: 'done', closed: true, deadline: null });
    const view = await http(app).get(`/api/workflows/instances/${instance}`).set(as.udp);
    expect(view.body.data).toMatchObject({ closed: true, transitions: [] });
    expect(
      view.body.data.history.map((h: { transition: string | null; fromState: string | null; toState: string }) => [
        h.transition,
        h.fromState,
        h.toState,
      ])
    ).toEqual([
      [null, null, 'open'],
      ['submit', 'open', 'review'],
      ['approve', 'review', 'approved'],
      ['finish', 'approved', 'done'],
    ]);
    expect(view.body.data.history[3]).toMatchObject({
      comment: 'Tutto in ordine',
      notes: [t('Chiusura ordinaria', 'Ordinary closure')],
      actorUsername: 'udp',
      version: 1,
    });
    // Ended: the record may start the workflow again.
    expect((await startOn(app, as['op.bussero'], 'esame', subject)).state.key).toBe('open');
  });

  it('the audit tells who, when, from, to, comment and definition version of every move', async () => {
    const audit = await http(app).get(`/api/workflows/audit?subject=${subject}&pageSize=100`).set(as.udp);
    const moves = audit.body.data.filter((a: { instanceId: string }) => a.instanceId === instance);
    expect(
      moves.map((a: { action: string; fromState: string | null; toState: string }) => `${a.action}:${a.fromState}>${a.toState}`)
    ).toEqual(['start:null>open', 'transition:open>review', 'transition:review>approved', 'transition:approved>done']);
    expect(moves[1]).toMatchObject({
      actorUsername: 'op.bussero',
      actorRole: 'operator',
      comment: 'Pronta',
      version: 1,
      workflowKey: 'esame',
      subjectType: SERVICE,
    });
    expect(new Date(moves[1].at).getTime()).toBeGreaterThan(0);
    expect((await http(app).get(`/api/workflows/audit?subject=${subject}`).set(as['op.bussero'])).status).toBe(403);
  });
});

describe('who sees what', () => {
  it('lists the instances the caller may see, filterable by workflow and state', async () => {
    const housing = await http(app).get('/api/workflows/instances?workflow=housing&state=assessment').set(as.udp);
    expect(housing.body.data.length).toBeGreaterThan(0);
    for (const row of housing.body.data)
      expect(row).toMatchObject({ workflow: { key: 'housing' }, state: { key: 'assessment' } });
    expect(housing.body.meta.pagination.total).toBe(housing.body.data.length);
    // Table members take part only in the minutes' review: they see those instances and nothing of the case work.
    const tavolo = await http(app).get('/api/workflows/instances').set(as['tavolo.demo']);
    const tavoloWorkflows = new Set(tavolo.body.data.map((row: { workflow: { key: string } }) => row.workflow.key));
    expect([...tavoloWorkflows]).toEqual(['minutes']);
    expect((await http(app).get('/api/workflows/instances?workflow=housing').set(as['tavolo.demo'])).body.data).toEqual([]);
    // Provider staff see the iter of the cases referred to them and accepted (Anna Prova's voucher), not the others
    // (the demo SAIL case was never referred to them), though their role takes part in both workflows.
    const vouchers = await http(app).get('/api/workflows/instances?workflow=voucher').set(as['ente.demo']);
    expect(vouchers.body.data.length).toBeGreaterThan(0);
    expect((await http(app).get('/api/workflows/instances?workflow=sail').set(as['ente.demo'])).body.data).toEqual([]);
  });

  it('an instance the caller may not see is a 404', async () => {
    const housing = await http(app).get('/api/workflows/instances?workflow=housing').set(as.udp);
    const id = housing.body.data[0].documentId;
    expect((await http(app).get(`/api/workflows/instances/${id}`).set(as['tavolo.demo'])).status).toBe(404);
    expect((await move(app, as['tavolo.demo'], id, { transition: 'assess', expectedState: 'report' })).status).toBe(404);
  });

  it('overdue instances and tasks are flagged', async () => {
    const started = await startOn(app, as['op.bussero'], 'esame', await serviceId(app, 'pippi'));
    await http(app)
      .post('/api/forms/submissions')
      .set(as['op.bussero'])
      .send({ form: 'scheda-flusso', data: {}, subject: { type: SERVICE, id: await serviceId(app, 'pippi') } });
    expect((await move(app, as['op.bussero'], started.documentId, { transition: 'submit', expectedState: 'open' })).status).toBe(
      200
    );
    await app.db
      .query('plugin::workflows.instance')
      .update({ where: { documentId: started.documentId }, data: { deadline: '2020-01-10' } });
    await app.db
      .query('plugin::workflows.task')
      .updateMany({ where: { instanceId: started.documentId }, data: { dueDate: '2020-01-10' } });
    expect((await http(app).get(`/api/workflows/instances/${started.documentId}`).set(as.udp)).body.data).toMatchObject({
      deadline: '2020-01-10',
      overdue: true,
    });
    // The list filters on the same rule in the database, so a page holds only late (or only on-time) records.
    const late = await http(app).get('/api/workflows/instances?overdue=true&pageSize=100').set(as.udp);
    expect(late.body.data.map((i: { documentId: string }) => i.documentId)).toContain(started.documentId);
    expect(late.body.data.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
    const onTime = await http(app).get('/api/workflows/instances?overdue=false&pageSize=100').set(as.udp);
    expect(onTime.body.data.length).toBeGreaterThan(0);
    expect(
      onTime.body.data.some((i: { documentId: string; overdue: boolean }) => i.overdue || i.documentId === started.documentId)
    ).toBe(false);
    expect(late.body.meta.pagination.total + onTime.body.meta.pagination.total).toBe(
      (await http(app).get('/api/workflows/instances').set(as.udp)).body.meta.pagination.total
    );
    const bad = await http(app).get('/api/workflows/instances?overdue=maybe').set(as.udp);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error)).toContain('overdue');
    const [task] = tasksOf((await http(app).get('/api/workflows/tasks').set(as.udp)).body.data, started.documentId);
    expect(task).toMatchObject({ dueDate: '2020-01-10', overdue: true });
    expect((await http(app).post(`/api/workflows/tasks/${task.documentId}/complete`).set(as['op.carugate'])).status).toBe(403);
    const done = await http(app).post(`/api/workflows/tasks/${task.documentId}/complete`).set(as.udp);
    expect(done.body.data).toMatchObject({ status: 'done', overdue: false, closedBy: 'udp' });
  });
});
