import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { http } from '../helpers/http';
import { loadDemo, move, SERVICE, serviceId, startOn, t, type Headers } from './workflows-fixtures';

/**
 * What the designer without JSON needs from the engine: a workflow's code follows its name until the first
 * publication; publishing may move the running instances of older versions, state by state, in one
 * transaction, with a history and an audit row each; the preview counts them; refusals name the state.
 */
let app: Core.Strapi;
let as: Headers;

// Booting Strapi and seeding the demo take minutes on a loaded machine (PostgreSQL especially).
jest.setTimeout(600_000);

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  as = await loadDemo(app);
});
afterAll(stopStrapi);

const definitions = '/api/workflows/definitions';
const put = (key: string, data: unknown, headers = as.udp) => http(app).put(`${definitions}/${key}`).set(headers).send({ data });
const publish = (key: string, body?: unknown, headers = as.udp) => {
  const request = http(app).post(`${definitions}/${key}/publish`).set(headers);
  return body === undefined ? request : request.send(body as object);
};
const paths = (body: { error: { details: { errors: { path: string[] }[] } } }) =>
  body.error.details.errors.map((e) => e.path.join('.'));
const messages = (body: { error: { details: { errors: { it: string; en: string }[] } } }) =>
  body.error.details.errors.map((e) => `${e.it} / ${e.en}`);

const v1 = {
  start: { roles: ['operator', 'udp'] },
  states: [
    { key: 'presentata', label: t('Presentata', 'Submitted'), kind: 'initial', colour: '#1565c0' },
    { key: 'istruttoria', label: t('Istruttoria', 'Assessment'), kind: 'normal', colour: '#f9a825' },
    { key: 'chiusa', label: t('Chiusa', 'Closed'), kind: 'final', colour: '#2e7d32' },
  ],
  transitions: [
    {
      key: 'avvia',
      from: 'presentata',
      to: 'istruttoria',
      label: t('Avvia istruttoria', 'Start assessment'),
      roles: ['operator', 'udp'],
    },
    { key: 'chiudi', from: ['presentata', 'istruttoria'], to: 'chiusa', label: t('Chiudi', 'Close'), roles: ['udp'] },
  ],
};

/** Version 2: "istruttoria" split in "verifica" and "valutazione", a final "respinta". */
const v2 = {
  start: { roles: ['operator', 'udp'] },
  states: [
    { key: 'presentata', label: t('Presentata', 'Submitted'), kind: 'initial', colour: '#1565c0' },
    { key: 'verifica', label: t('Verifica', 'Check'), kind: 'normal', colour: '#f9a825', deadline: { workingDays: 30 } },
    { key: 'valutazione', label: t('Valutazione', 'Evaluation'), kind: 'normal', colour: '#6a1b9a' },
    { key: 'chiusa', label: t('Chiusa', 'Closed'), kind: 'final', colour: '#2e7d32' },
  ],
  transitions: [
    { key: 'avvia', from: 'presentata', to: 'verifica', label: t('Avvia verifica', 'Start check'), roles: ['operator', 'udp'] },
    { key: 'valuta', from: 'verifica', to: 'valutazione', label: t('Valuta', 'Evaluate'), roles: ['udp'] },
    { key: 'chiudi', from: ['presentata', 'verifica', 'valutazione'], to: 'chiusa', label: t('Chiudi', 'Close'), roles: ['udp'] },
  ],
};

describe('renaming a workflow: the code follows the name until the first publication', () => {
  it('renames name and code of a never published workflow', async () => {
    const created = await http(app)
      .post(definitions)
      .set(as.udp)
      .send({ data: { key: 'bozza-contributo', name: t('Bozza contributo'), contentType: SERVICE, definition: v1 } });
    expect(created.status).toBe(201);
    const renamed = await put('bozza-contributo', {
      key: 'richiesta-contributo',
      name: t('Richiesta contributo', 'Grant request'),
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data).toMatchObject({ key: 'richiesta-contributo', name: { it: 'Richiesta contributo' } });
    expect((await http(app).get(`${definitions}/bozza-contributo`).set(as.udp)).status).toBe(404);
    const found = await http(app).get(`${definitions}/richiesta-contributo`).set(as.udp);
    expect(found.body.data.versions).toEqual([expect.objectContaining({ version: 1, status: 'draft' })]);
  });

  it('refuses a code taken by another workflow, or malformed, changing nothing', async () => {
    const taken = await put('richiesta-contributo', { key: 'housing' });
    expect(taken.status).toBe(400);
    expect(paths(taken.body)).toEqual(['key']);
    expect(messages(taken.body)[0]).toContain('esiste già un flusso con questo codice');
    const malformed = await put('richiesta-contributo', { key: 'Con Spazi' });
    expect(malformed.status).toBe(400);
    expect(paths(malformed.body)).toEqual(['key']);
    expect((await http(app).get(`${definitions}/richiesta-contributo`).set(as.udp)).status).toBe(200);
  });

  it('after the first publication only the name changes', async () => {
    expect((await publish('richiesta-contributo')).status).toBe(200);
    const refused = await put('richiesta-contributo', { key: 'altro-codice', name: t('Altro') });
    expect(refused.status).toBe(400);
    expect(messages(refused.body)[0]).toContain('il codice non cambia più dopo la prima pubblicazione');
    expect((await http(app).get(`${definitions}/richiesta-contributo`).set(as.udp)).body.data.name.it).toBe(
      'Richiesta contributo'
    );
    const renamed = await put('richiesta-contributo', { name: t('Richiesta di contributo', 'Grant request') });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data).toMatchObject({ key: 'richiesta-contributo', name: { it: 'Richiesta di contributo' } });
  });

  it('only the UdP renames', async () => {
    expect((await put('richiesta-contributo', { name: t('X') }, as['op.bussero'])).status).toBe(403);
  });
});

describe('publishing moves running instances of older versions, state by state', () => {
  const key = 'richiesta-contributo';
  let inPresentata: string;
  let inIstruttoria: string;
  let left: string;

  beforeAll(async () => {
    inPresentata = (await startOn(app, as['op.bussero'], key, await serviceId(app, 'pippi'))).documentId;
    inIstruttoria = (await startOn(app, as['op.bussero'], key, await serviceId(app, 'sail'))).documentId;
    const moved = await move(app, as['op.bussero'], inIstruttoria, { transition: 'avvia', expectedState: 'presentata' });
    expect(moved.status).toBe(200);
    left = (await startOn(app, as.udp, key, await serviceId(app, 'sprar'))).documentId;
    expect((await move(app, as.udp, left, { transition: 'avvia', expectedState: 'presentata' })).status).toBe(200);
    expect(
      (
        await http(app)
          .put(`${definitions}/${key}/draft`)
          .set(as.udp)
          .send({ data: { definition: v2 } })
      ).status
    ).toBe(200);
  });

  it('previews what runs on older versions, by state', async () => {
    const running = await http(app).get(`${definitions}/${key}/running`).set(as.udp);
    expect(running.status).toBe(200);
    expect(running.body.data).toEqual([
      { version: 1, state: 'istruttoria', count: 2 },
      { version: 1, state: 'presentata', count: 1 },
    ]);
    expect((await http(app).get(`${definitions}/${key}/running`).set(as['op.bussero'])).status).toBe(403);
  });

  it('refuses a map naming an unknown or final state, or a state nobody is in, and publishes nothing', async () => {
    const unknown = await publish(key, { data: { migrate: { states: { istruttoria: 'istruttoria' } } } });
    expect(unknown.status).toBe(400);
    expect(paths(unknown.body)).toEqual(['migrate.states.istruttoria']);
    expect(messages(unknown.body)[0]).toContain('lo stato di arrivo non è nella nuova versione');
    const final = await publish(key, { data: { migrate: { states: { presentata: 'chiusa' } } } });
    expect(final.status).toBe(400);
    expect(messages(final.body)[0]).toContain('stato finale');
    const empty = await publish(key, { data: { migrate: { states: { valutazione: 'verifica' } } } });
    expect(empty.status).toBe(400);
    expect(messages(empty.body)[0]).toContain('nessuna pratica in corso nello stato «Valutazione»');
    const extra = await publish(key, { data: { migrate: { states: {}, all: true } } });
    expect(extra.status).toBe(400);
    expect(paths(extra.body)).toEqual(['all']);
    const versions = (await http(app).get(`${definitions}/${key}`).set(as.udp)).body.data.versions;
    expect(versions.map((v: { status: string }) => v.status)).toEqual(['published', 'draft']);
  });

  it('moves the mapped states in one go; the others stay on version 1', async () => {
    const published = await publish(key, { data: { migrate: { states: { istruttoria: 'verifica' } } } });
    expect(published.status).toBe(200);
    expect(published.body.data).toMatchObject({ version: 2, status: 'published', migrated: 2 });
    const moved = await http(app).get(`/api/workflows/instances/${inIstruttoria}`).set(as.udp);
    expect(moved.body.data).toMatchObject({ state: { key: 'verifica' }, workflow: { version: 2 } });
    expect(moved.body.data.transitions.map((x: { key: string }) => x.key)).toEqual(['valuta', 'chiudi']);
    // Entering "verifica" (30 working days) sets its deadline, as a transition would (tests/api/workflows-migration-effects.test.ts).
    expect(moved.body.data.history.at(-1)).toMatchObject({
      fromState: 'istruttoria',
      toState: 'verifica',
      version: 2,
      actorUsername: 'udp',
      deadline: moved.body.data.deadline,
    });
    expect(moved.body.data.history.at(-1).notes[0]).toEqual(
      t('Spostata dalla versione 1 alla versione 2', 'Moved from version 1 to version 2')
    );
    const stayed = await http(app).get(`/api/workflows/instances/${inPresentata}`).set(as.udp);
    expect(stayed.body.data).toMatchObject({ state: { key: 'presentata' }, workflow: { version: 1 } });
    // The moved instance goes on on version 2.
    expect((await move(app, as.udp, inIstruttoria, { transition: 'valuta', expectedState: 'verifica' })).status).toBe(200);
    const audit = await http(app).get(`/api/workflows/audit?workflow=${key}&kind=transition&pageSize=100`).set(as.udp);
    const migrations = audit.body.data.filter((row: { action: string }) => row.action === 'migrate');
    expect(migrations.map((row: { instanceId: string }) => row.instanceId).sort()).toEqual([inIstruttoria, left].sort());
    expect(migrations[0]).toMatchObject({
      fromState: 'istruttoria',
      toState: 'verifica',
      version: 2,
      actorUsername: 'udp',
      details: { fromVersion: 1 },
    });
  });

  it('publishing without a map moves nothing', async () => {
    expect(
      (
        await http(app)
          .put(`${definitions}/${key}/draft`)
          .set(as.udp)
          .send({ data: { definition: v2 } })
      ).status
    ).toBe(200);
    const published = await publish(key);
    expect(published.status).toBe(200);
    expect(published.body.data.migrated).toBe(0);
    const stayed = await http(app).get(`/api/workflows/instances/${inPresentata}`).set(as.udp);
    expect(stayed.body.data).toMatchObject({ state: { key: 'presentata' }, workflow: { version: 1 } });
  });
});
