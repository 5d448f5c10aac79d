import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, documentIdOf, http } from '../helpers/http';

/**
 * A case and its workflow: a new case starts the workflow of its service (or the one the operator names)
 * through the workflows engine, in the same transaction; the case's GET answers the instance's state;
 * the demo cases run their workflows in several states.
 */
jest.setTimeout(480_000);
let app: Core.Strapi;
const as: Record<string, Record<string, string>> = {};
const ids: Record<string, string> = {};
const get = (who: string, url: string) => http(app).get(url).set(as[who]);
const post = (who: string, url: string, body: object) => http(app).post(url).set(as[who]).send(body);

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const who of ['op.bussero', 'op.carugate', 'ente.demo', 'udp']) as[who] = await authHeader(app, who);
  ids.bussero = await documentIdOf(app, 'api::municipality.municipality', { name: 'Bussero' });
  for (const code of ['segretariato-sociale', 'rete-housing-distrettuale', 'pippi', 'albo-fornitori-servizi-diurni-disabilita']) {
    ids[code] = await documentIdOf(app, 'api::service.service', { code });
  }
  ids.luca = await documentIdOf(app, 'api::beneficiary.beneficiary', { firstName: 'Luca', lastName: 'Esempio' });
  ids.sara = await documentIdOf(app, 'api::beneficiary.beneficiary', { firstName: 'Sara', lastName: 'Finto' });
  ids.anna = await documentIdOf(app, 'api::beneficiary.beneficiary', { firstName: 'Anna', lastName: 'Prova' });
  ids.saraCase = await documentIdOf(app, 'api::case.case', { beneficiary: { documentId: ids.sara } });
  ids.annaCase = await documentIdOf(app, 'api::case.case', { beneficiary: { documentId: ids.anna } });
});
afterAll(stopStrapi);

const open = (service: string, extra: object = {}) =>
  post('op.bussero', '/api/cases', { data: { beneficiary: ids.luca, municipality: ids.bussero, service, ...extra } });
const instancesOf = (caseId: string) =>
  app.db.query('plugin::workflows.instance').findMany({ where: { subjectType: 'api::case.case', subjectId: caseId } }) as Promise<
    { documentId: string; workflowKey: string; state: string; startedByUsername: string }[]
  >;

describe('the demo cases run their workflows', () => {
  it('every demo case has its instance, in the state of its demo moves', async () => {
    const cases = (await app.db
      .query('api::case.case')
      .findMany({ where: { code: { $startsWith: 'C-' } }, select: ['documentId', 'workflowKey', 'workflowInstance'] })) as {
      documentId: string;
      workflowKey: string | null;
      workflowInstance: string | null;
    }[];
    expect(cases.length).toBeGreaterThanOrEqual(13);
    for (const c of cases) {
      const [instance] = await instancesOf(c.documentId);
      expect([c.documentId, instance?.documentId, instance?.workflowKey]).toEqual([
        c.documentId,
        c.workflowInstance,
        c.workflowKey,
      ]);
    }
    const sara = await get('op.bussero', `/api/cases/${ids.saraCase}`);
    expect(sara.body.data.workflow).toMatchObject({
      key: 'housing',
      state: { key: 'assessment' },
      assignee: { role: 'udp', username: 'udp' },
    });
    const anna = await get('op.bussero', `/api/cases/${ids.annaCase}`);
    expect(anna.body.data.workflow).toMatchObject({ key: 'voucher', state: { key: 'provider-chosen' } });
    // The provider of Anna's accepted referral sees where her case stands too; another comune sees nothing.
    expect((await get('ente.demo', `/api/cases/${ids.annaCase}`)).body.data.workflow).toMatchObject({
      state: { key: 'provider-chosen' },
    });
    expect((await get('op.carugate', `/api/cases/${ids.annaCase}`)).status).toBe(404);
  });
});

describe("a case's detail", () => {
  it('answers the same with its to-one relations (one SQL query) as with a to-many one (document service)', async () => {
    const relations = ['beneficiary', 'municipality', 'service', 'area', 'assignedOperator'];
    const query = (list: string[]) => list.map((r, i) => `populate[${i}]=${r}`).join('&');
    const joined = await get('op.bussero', `/api/cases/${ids.annaCase}?${query(relations)}`);
    const general = await get('op.bussero', `/api/cases/${ids.annaCase}?${query([...relations, 'referrals'])}`);
    expect(joined.status).toBe(200);
    expect(general.body.data.referrals.length).toBeGreaterThan(0);
    const { referrals: _referrals, ...rest } = general.body.data;
    expect(joined.body.data).toEqual(rest);
    expect(joined.body.data).toMatchObject({
      beneficiary: { firstName: 'Anna', lastName: 'Prova', iseeValue: 8200 },
      municipality: { name: 'Bussero' },
      assignedOperator: { username: 'op.bussero' },
      openedAt: '2026-02-10',
      workflow: { key: 'voucher' },
    });
    expect(Object.keys(joined.body.data.assignedOperator).sort()).toEqual(['id', 'username']);
    const plain = await get('op.bussero', `/api/cases/${ids.annaCase}`);
    expect(plain.body.data).toEqual(Object.fromEntries(Object.entries(rest).filter(([key]) => !relations.includes(key))));
    expect((await get('op.carugate', `/api/cases/${ids.annaCase}?${query(relations)}`)).status).toBe(404);
  });
});

describe('a new case starts its workflow', () => {
  it('a front-desk case starts the segretariato workflow as its operator, and its GET shows the state', async () => {
    const created = await open(ids['segretariato-sociale']);
    expect(created.status).toBe(201);
    expect(created.body.data.workflowKey).toBe('segretariato');
    expect(created.body.data.workflow).toMatchObject({
      key: 'segretariato',
      version: 1,
      state: { key: 'access', label: { it: 'Accesso', en: 'Intake' }, kind: 'initial' },
      closed: false,
      assignee: { username: 'op.bussero' },
    });
    const [instance] = await instancesOf(created.body.data.documentId);
    expect(instance).toMatchObject({ workflowKey: 'segretariato', state: 'access', startedByUsername: 'op.bussero' });
    expect(created.body.data.workflowInstance).toBe(instance.documentId);
    // The engine's own routes serve it: the operator moves it, and the case's GET follows.
    const moved = await post('op.bussero', `/api/workflows/instances/${instance.documentId}/transitions`, {
      transition: 'analyse',
      expectedState: 'access',
    });
    expect(moved.status).toBe(200);
    const again = await get('op.bussero', `/api/cases/${created.body.data.documentId}`);
    expect(again.body.data.workflow.state.key).toBe('analysis');
    expect(again.body.data.workflow.deadline).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/));
  });

  it('the service decides the workflow (housing, life project); a service without one starts none', async () => {
    expect((await open(ids['rete-housing-distrettuale'])).body.data.workflow.state.key).toBe('report');
    expect((await open(ids['albo-fornitori-servizi-diurni-disabilita'])).body.data.workflow).toMatchObject({
      key: 'life-project',
      state: { key: 'request' },
    });
    const none = await open(ids.pippi);
    expect(none.status).toBe(201);
    expect(none.body.data).toMatchObject({ workflowKey: null, workflowInstance: null, workflow: null });
    expect(await instancesOf(none.body.data.documentId)).toEqual([]);
  });

  it('the operator may name the workflow; one that is not of cases is refused with 400 and no case is opened', async () => {
    const named = await open(ids.pippi, { workflowKey: 'sail' });
    expect(named.body.data.workflow).toMatchObject({ key: 'sail', state: { key: 'referral' } });
    const cases = await app.db.query('api::case.case').count();
    const instances = await app.db.query('plugin::workflows.instance').count();
    for (const workflowKey of ['minutes', 'nessuno', 7]) {
      const refused = await open(ids.pippi, { workflowKey });
      expect([workflowKey, refused.status]).toEqual([workflowKey, 400]);
      expect(refused.body.error.details.errors[0].path.at(-1)).toBe('workflowKey');
      if (typeof workflowKey === 'string') expect(refused.body.error.message).toMatch(/flusso inesistente.*no such workflow/);
    }
    expect(await app.db.query('api::case.case').count()).toBe(cases);
    expect(await app.db.query('plugin::workflows.instance').count()).toBe(instances);
    // Chosen when the case is opened, not changed afterwards.
    const change = await http(app)
      .put(`/api/cases/${named.body.data.documentId}`)
      .set(as['op.bussero'])
      .send({ data: { workflowKey: 'housing' } });
    expect(change.status).toBe(400);
    expect(change.body.error.details.errors[0].path).toEqual(['data', 'workflowKey']);
  });
});

describe("the workflows engine shows a case's iter only to those who may see the case", () => {
  it("another comune's operator neither lists, opens, moves nor gets the tasks of a Bussero case's instance", async () => {
    const [instance] = await instancesOf(ids.saraCase);
    const listed = async (who: string) =>
      (
        (await get(who, '/api/workflows/instances?subjectType=api::case.case&pageSize=100')).body.data as { documentId: string }[]
      ).map((i) => i.documentId);
    expect(await listed('op.bussero')).toContain(instance.documentId);
    expect(await listed('op.carugate')).not.toContain(instance.documentId);
    expect((await get('op.bussero', `/api/workflows/instances/${instance.documentId}`)).status).toBe(200);
    expect((await get('op.carugate', `/api/workflows/instances/${instance.documentId}`)).status).toBe(404);
    const move = await post('op.carugate', `/api/workflows/instances/${instance.documentId}/transitions`, {
      transition: 'withdraw',
      expectedState: instance.state,
    });
    expect(move.status).toBe(404);
    expect((await instancesOf(ids.saraCase))[0].state).toBe(instance.state);
    // Tasks addressed to the operators' role: Carugate's operator gets none about Bussero's cases.
    const tasks = async (who: string) =>
      (
        (await get(who, '/api/workflows/tasks?status=all&pageSize=200')).body.data as {
          subject: { type: string; documentId: string } | null;
        }[]
      )
        .filter((t) => t.subject?.type === 'api::case.case')
        .map((t) => t.subject?.documentId);
    const bussero = (await app.db
      .query('api::case.case')
      .findMany({ where: { municipality: { documentId: ids.bussero } }, select: ['documentId'] })) as { documentId: string }[];
    const busseroIds = new Set(bussero.map((c) => c.documentId));
    expect((await tasks('op.carugate')).filter((id) => busseroIds.has(id as string))).toEqual([]);
  });
});
