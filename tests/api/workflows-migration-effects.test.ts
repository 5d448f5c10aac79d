import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { http } from '../helpers/http';
import { addWorkingDays, romeDate } from '../../src/plugins/workflows/shared';
import { loadDemo, move, publishWorkflow, serviceId, startOn, t, type Headers } from './workflows-fixtures';

/**
 * Issue 14 (leftover): an instance moved onto a new version on publish gets what entering its new state gives,
 * as a transition would: the state's deadline, the old state's tasks closed, an assignee role the new version
 * does not name cleared; the history and the audit say so. An instance staying in a state whose rule did not
 * change keeps its deadline.
 */
let app: Core.Strapi;
let as: Headers;
jest.setTimeout(600_000);

const KEY = 'migrazione-effetti';
const v1 = {
  start: { roles: ['operator', 'udp'] },
  states: [
    { key: 'presentata', label: t('Presentata', 'Submitted'), kind: 'initial', colour: '#1565c0', deadline: { days: 5 } },
    { key: 'istruttoria', label: t('Istruttoria', 'Assessment'), kind: 'normal', colour: '#f9a825', deadline: { days: 10 } },
    { key: 'chiusa', label: t('Chiusa', 'Closed'), kind: 'final', colour: '#2e7d32' },
  ],
  transitions: [
    {
      key: 'avvia',
      from: 'presentata',
      to: 'istruttoria',
      label: t('Avvia istruttoria', 'Start assessment'),
      roles: ['operator', 'udp'],
      actions: [
        { type: 'assign', role: 'provider' },
        { type: 'task', title: t('Sentire l’ente', 'Hear the provider'), role: 'udp' },
      ],
    },
    { key: 'chiudi', from: ['presentata', 'istruttoria'], to: 'chiusa', label: t('Chiudi', 'Close'), roles: ['udp'] },
  ],
};
/** Version 2: "istruttoria" becomes "verifica" (30 working days); the provider no longer takes part. */
const v2 = {
  start: { roles: ['operator', 'udp'] },
  states: [
    { key: 'presentata', label: t('Presentata', 'Submitted'), kind: 'initial', colour: '#1565c0', deadline: { days: 5 } },
    { key: 'verifica', label: t('Verifica', 'Check'), kind: 'normal', colour: '#f9a825', deadline: { workingDays: 30 } },
    { key: 'chiusa', label: t('Chiusa', 'Closed'), kind: 'final', colour: '#2e7d32' },
  ],
  transitions: [
    { key: 'avvia', from: 'presentata', to: 'verifica', label: t('Avvia verifica', 'Start check'), roles: ['operator', 'udp'] },
    { key: 'chiudi', from: ['presentata', 'verifica'], to: 'chiusa', label: t('Chiudi', 'Close'), roles: ['udp'] },
  ],
};

let moving: string;
let staying: string;
let stayingDeadline: string;

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  as = await loadDemo(app);
  await publishWorkflow(app, as.udp, KEY, v1);
  moving = (await startOn(app, as.udp, KEY, await serviceId(app, 'pippi'))).documentId;
  const moved = await move(app, as.udp, moving, { transition: 'avvia', expectedState: 'presentata' });
  expect(moved.status).toBe(200);
  expect(moved.body.data).toMatchObject({ assignee: { role: 'provider' }, state: 'istruttoria' });
  staying = (await startOn(app, as.udp, KEY, await serviceId(app, 'sail'))).documentId;
  stayingDeadline = (await http(app).get(`/api/workflows/instances/${staying}`).set(as.udp)).body.data.deadline;
  expect(
    (
      await http(app)
        .put(`/api/workflows/definitions/${KEY}/draft`)
        .set(as.udp)
        .send({ data: { definition: v2 } })
    ).status
  ).toBe(200);
  const published = await http(app)
    .post(`/api/workflows/definitions/${KEY}/publish`)
    .set(as.udp)
    .send({ data: { migrate: { states: { istruttoria: 'verifica', presentata: 'presentata' } } } });
  expect(published.status).toBe(200);
  expect(published.body.data.migrated).toBe(2);
});
afterAll(stopStrapi);

const instance = async (id: string) => (await http(app).get(`/api/workflows/instances/${id}`).set(as.udp)).body.data;

describe('an instance moved to another state on publish', () => {
  it("gets the new state's deadline and loses an assignee role the new version does not name", async () => {
    const moved = await instance(moving);
    expect(moved).toMatchObject({ state: { key: 'verifica' }, workflow: { version: 2 } });
    expect(moved.deadline).toBe(addWorkingDays(romeDate(new Date()), 30));
    expect(moved.assignee.role).toBeNull();
  });

  it('has the tasks of the state it left closed', async () => {
    const tasks = await http(app).get('/api/workflows/tasks').set(as.udp);
    expect(tasks.body.data.filter((task: { instanceId: string }) => task.instanceId === moving)).toEqual([]);
    const stored = await app.db
      .query('plugin::workflows.task')
      .findMany({ where: { instanceId: moving }, select: ['status', 'closedBy'] });
    expect(stored).toEqual([{ status: 'done', closedBy: 'udp' }]);
  });

  it('says what changed in its history and in the audit', async () => {
    const moved = await instance(moving);
    const last = moved.history.at(-1);
    expect(last).toMatchObject({ fromState: 'istruttoria', toState: 'verifica', assigneeRole: null, deadline: moved.deadline });
    const day = moved.deadline.split('-').reverse().join('/');
    expect(last.notes).toEqual([
      t('Spostata dalla versione 1 alla versione 2', 'Moved from version 1 to version 2'),
      t(`Nuova scadenza: ${day}`, `New deadline: ${day}`),
      t(
        'Assegnazione al ruolo tolta: la nuova versione non lo prevede',
        'Role assignment removed: the new version does not name that role'
      ),
      t('Attività dello stato precedente chiuse: 1', 'Tasks of the previous state closed: 1'),
    ]);
    const audit = await http(app).get(`/api/workflows/audit?workflow=${KEY}&kind=transition&pageSize=100`).set(as.udp);
    const row = audit.body.data.find(
      (r: { action: string; instanceId: string }) => r.action === 'migrate' && r.instanceId === moving
    );
    expect(row.details).toMatchObject({
      fromVersion: 1,
      assigneeRole: null,
      assigneeRoleCleared: true,
      deadline: moved.deadline,
    });
  });
});

describe('an instance staying in a state whose rule did not change', () => {
  it('keeps its deadline, and its history says only that it moved version', async () => {
    const stayed = await instance(staying);
    expect(stayed).toMatchObject({ state: { key: 'presentata' }, workflow: { version: 2 }, deadline: stayingDeadline });
    expect(stayed.history.at(-1).notes).toEqual([
      t('Spostata dalla versione 1 alla versione 2', 'Moved from version 1 to version 2'),
    ]);
  });
});
