import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, documentIdOf, http } from '../helpers/http';

/**
 * A service says how its cases run (issue 14.1): the workflow a new case starts and the forms of its cases,
 * each with a purpose, the roles that fill it and optionally the transition that requires it. Refusals name
 * the field by its label in Italian and English and write nothing; the case's GET lists the forms with their
 * state; the required form is the engine's form guard, naming the form; the UdP reads the case in words.
 */
jest.setTimeout(480_000);
let app: Core.Strapi;
const as: Record<string, Record<string, string>> = {};
const ids: Record<string, string> = {};
const t = (it: string, en: string = it) => ({ it, en });
const CASE = 'api::case.case';
const FORM = 'domanda-contributo-affitto';
const WORKFLOW = 'richiesta-contributo-affitto';

const formDefinition = {
  sections: [
    {
      key: 'domanda',
      title: t('Domanda', 'Application'),
      fields: [
        {
          type: 'integer',
          key: 'minori',
          label: t('Minori nel nucleo', 'Minors in the household'),
          required: true,
          min: 0,
          max: 20,
        },
        { type: 'boolean', key: 'sfratto', label: t('Sfratto in corso', 'Eviction under way'), default: false },
      ],
    },
  ],
};

const workflowDefinition = {
  start: { roles: ['operator', 'udp'] },
  states: [
    { key: 'presentata', label: t('Presentata', 'Submitted'), kind: 'initial', colour: '#1565c0' },
    { key: 'istruttoria', label: t('Istruttoria', 'Review'), kind: 'normal', colour: '#f9a825', deadline: { workingDays: 30 } },
    { key: 'approvata', label: t('Approvata', 'Approved'), kind: 'normal', colour: '#2e7d32' },
    { key: 'respinta', label: t('Respinta', 'Rejected'), kind: 'final', colour: '#c62828' },
    { key: 'liquidata', label: t('Liquidata', 'Paid'), kind: 'final', colour: '#2e7d32' },
  ],
  transitions: [
    {
      key: 'avvia-istruttoria',
      from: 'presentata',
      to: 'istruttoria',
      label: t('Avvia istruttoria', 'Start review'),
      roles: ['operator'],
    },
    { key: 'approva', from: 'istruttoria', to: 'approvata', label: t('Approva', 'Approve'), roles: ['udp'] },
    { key: 'respingi', from: 'istruttoria', to: 'respinta', label: t('Respingi', 'Reject'), roles: ['udp'] },
    { key: 'liquida', from: 'approvata', to: 'liquidata', label: t('Liquida', 'Pay'), roles: ['udp'] },
  ],
};

const caseForm = { form: FORM, purpose: 'valutazione', roles: ['operator'], requiredBefore: 'avvia-istruttoria' };
const put = (who: string, url: string, body: object) => http(app).put(url).set(as[who]).send(body);
const post = (who: string, url: string, body: object) => http(app).post(url).set(as[who]).send(body);
const get = (who: string, url: string) => http(app).get(url).set(as[who]);
const storedPath = async () =>
  (await app.db
    .query('api::service.service')
    .findOne({ where: { documentId: ids.service }, select: ['caseWorkflow', 'caseForms'] })) as {
    caseWorkflow: string | null;
    caseForms: unknown;
  };

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const who of ['udp', 'op.bussero', 'op.carugate', 'tavolo.demo']) as[who] = await authHeader(app, who);
  ids.bussero = await documentIdOf(app, 'api::municipality.municipality', { name: 'Bussero' });
  ids.area = await documentIdOf(app, 'api::area.area', { code: 'contrasto-poverta' });
  ids.luca = await documentIdOf(app, 'api::beneficiary.beneficiary', { firstName: 'Luca', lastName: 'Esempio' });

  const form = await post('udp', '/api/forms/definitions', {
    data: {
      key: FORM,
      title: t('Domanda contributo affitto', 'Rent contribution application'),
      roles: ['operator', 'udp'],
      definition: formDefinition,
    },
  });
  expect(form.status).toBe(201);
  expect((await post('udp', `/api/forms/definitions/${FORM}/publish`, {})).status).toBe(200);
  const draft = await post('udp', '/api/forms/definitions', {
    data: { key: 'bozza-mai-pubblicata', title: t('Bozza'), roles: ['operator'], definition: formDefinition },
  });
  expect(draft.status).toBe(201);
  const workflow = await post('udp', '/api/workflows/definitions', {
    data: {
      key: WORKFLOW,
      name: t('Richiesta contributo affitto', 'Rent contribution request'),
      contentType: CASE,
      definition: workflowDefinition,
    },
  });
  expect(workflow.status).toBe(201);
  expect((await post('udp', `/api/workflows/definitions/${WORKFLOW}/publish`, {})).status).toBe(200);
  const service = await post('udp', '/api/services', {
    data: { code: 'contributo-affitto', name: 'Contributo affitto', procurementMode: 'gestione-diretta', area: ids.area },
  });
  expect(service.status).toBe(201);
  ids.service = service.body.data.documentId;
});
afterAll(stopStrapi);

describe("the service's case path is checked, named by its labels, and nothing is written when wrong", () => {
  const refusals: [string, Record<string, unknown>, string, RegExp][] = [
    [
      'an unknown workflow',
      { caseWorkflow: 'nessun-flusso' },
      'caseWorkflow',
      /Flusso della pratica: non è un flusso pubblicato.* \/ .*Case workflow: not a published workflow/,
    ],
    ['a workflow of another record type', { caseWorkflow: 'minutes' }, 'caseWorkflow', /Flusso della pratica.*Case workflow/],
    [
      'a form that is not published',
      { caseWorkflow: WORKFLOW, caseForms: [{ ...caseForm, form: 'bozza-mai-pubblicata' }] },
      'form',
      /Modulo 1: non è un modulo pubblicato.*Form 1: not a published form/,
    ],
    [
      'a form that does not exist',
      { caseForms: [{ ...caseForm, form: 'nessuno', requiredBefore: null }] },
      'form',
      /Modulo 1: non è un modulo pubblicato/,
    ],
    [
      'a transition not in the workflow',
      { caseWorkflow: WORKFLOW, caseForms: [{ ...caseForm, requiredBefore: 'vola-via' }] },
      'requiredBefore',
      /Modulo 1, richiesto per il passaggio: non è un passaggio del flusso.*Form 1, required before the transition: not a transition/,
    ],
    [
      'a transition without a workflow',
      { caseWorkflow: null, caseForms: [caseForm] },
      'requiredBefore',
      /scegliere prima il flusso della pratica.*choose the case workflow first/,
    ],
    [
      'a role that does not exist',
      { caseWorkflow: WORKFLOW, caseForms: [{ ...caseForm, roles: ['astronauta'] }] },
      'roles',
      /Modulo 1, chi lo compila: uno dei ruoli non esiste.*Form 1, filled in by: one of the roles does not exist/,
    ],
    [
      'a role that may not fill the form',
      { caseWorkflow: WORKFLOW, caseForms: [{ ...caseForm, roles: ['provider'] }] },
      'roles',
      /il ruolo Ente gestore non può compilare questo modulo.*role Ente gestore may not fill in this form/,
    ],
    [
      'an unknown purpose',
      { caseWorkflow: WORKFLOW, caseForms: [{ ...caseForm, purpose: 'svago' }] },
      'purpose',
      /Modulo 1, scopo: scegliere tra accesso/,
    ],
    [
      'no roles',
      { caseWorkflow: WORKFLOW, caseForms: [{ ...caseForm, roles: [] }] },
      'roles',
      /scegliere almeno un ruolo.*choose at least one role/,
    ],
    [
      'the same form twice',
      { caseWorkflow: WORKFLOW, caseForms: [caseForm, { ...caseForm, requiredBefore: null }] },
      'form',
      /Modulo 2: è già nell’elenco.*Form 2: is already in the list/,
    ],
    [
      'unexpected data in an entry',
      { caseWorkflow: WORKFLOW, caseForms: [{ ...caseForm, guard: { type: 'form' } }] },
      '1',
      /Modulo 1: contiene dati non previsti/,
    ],
    [
      'not a list',
      { caseWorkflow: WORKFLOW, caseForms: { form: FORM } },
      'caseForms',
      /Moduli della pratica: indicare un elenco.*Case forms: give a list/,
    ],
  ];

  it.each(refusals)('refuses %s with 400', async (_what, data, field, message) => {
    const response = await put('udp', `/api/services/${ids.service}`, { data });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(message);
    expect(response.body.error.message).not.toMatch(/caseForms\.|caseWorkflow:/);
    const paths = response.body.error.details.errors.map((e: { path: string[] }) => e.path.at(-1));
    if (field !== '1') expect(paths).toContain(field);
    expect(await storedPath()).toMatchObject({ caseWorkflow: null, caseForms: null });
  });

  it('only the UdP configures it', async () => {
    const response = await put('op.bussero', `/api/services/${ids.service}`, { data: { caseWorkflow: WORKFLOW } });
    expect(response.status).toBe(403);
    expect((await storedPath()).caseWorkflow).toBeNull();
  });

  it('accepts a published workflow of cases and a published form required before one of its transitions', async () => {
    const response = await put('udp', `/api/services/${ids.service}`, {
      data: { caseWorkflow: WORKFLOW, caseForms: [caseForm] },
    });
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ caseWorkflow: WORKFLOW, caseForms: [caseForm] });
    // Citizens read the catalogue, not its internal configuration.
    const citizen = await http(app).get(`/api/services/${ids.service}`);
    expect(citizen.status).toBe(200);
    expect(citizen.body.data).not.toHaveProperty('caseWorkflow');
    expect(citizen.body.data).not.toHaveProperty('caseForms');
  });

  it('a later change of workflow is checked against the forms already there', async () => {
    const response = await put('udp', `/api/services/${ids.service}`, { data: { caseWorkflow: 'segretariato' } });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/richiesto per il passaggio: non è un passaggio del flusso/);
    expect((await storedPath()).caseWorkflow).toBe(WORKFLOW);
  });
});

describe("a case of the service follows the service's path", () => {
  let caseId: string;
  let instanceId: string;

  it('a new case starts the workflow the service names', async () => {
    const created = await post('op.bussero', '/api/cases', {
      data: { beneficiary: ids.luca, municipality: ids.bussero, service: ids.service },
    });
    expect(created.status).toBe(201);
    caseId = created.body.data.documentId;
    expect(created.body.data.workflow).toMatchObject({ key: WORKFLOW, state: { key: 'presentata' } });
    instanceId = created.body.data.workflow.documentId;
    // Opened without an area, the case takes its service's.
    const stored = (await app.db
      .query(CASE)
      .findOne({ where: { documentId: caseId }, populate: { area: { select: ['documentId'] } } })) as {
      area: { documentId: string } | null;
    };
    expect(stored.area?.documentId).toBe(ids.area);
  });

  it("the case's GET lists the service's forms: required now, none submitted", async () => {
    const response = await get('op.bussero', `/api/cases/${caseId}`);
    expect(response.status).toBe(200);
    expect(response.body.data.forms).toEqual([
      {
        key: FORM,
        name: { it: 'Domanda contributo affitto', en: 'Rent contribution application' },
        purpose: 'valutazione',
        roles: ['operator'],
        required: true,
        submissions: [],
      },
    ]);
  });

  it('the blocked transition names the missing form; taking it is a 422 and nothing moves', async () => {
    const instance = await get('op.bussero', `/api/workflows/instances/${instanceId}`);
    const transition = instance.body.data.transitions.find((x: { key: string }) => x.key === 'avvia-istruttoria');
    expect(transition).toMatchObject({
      available: false,
      reasons: [
        expect.objectContaining({
          type: 'form',
          form: FORM,
          it: 'Per passare a Istruttoria serve il modulo Domanda contributo affitto',
        }),
      ],
    });
    const moved = await post('op.bussero', `/api/workflows/instances/${instanceId}/transitions`, {
      transition: 'avvia-istruttoria',
      expectedState: 'presentata',
    });
    expect(moved.status).toBe(422);
    expect(moved.body.error.message).toMatch(
      /Per passare a Istruttoria serve il modulo Domanda contributo affitto.*To move to Review, the form Rent contribution application is needed/
    );
    expect((await get('op.bussero', `/api/cases/${caseId}`)).body.data.workflow.state.key).toBe('presentata');
  });

  it("another comune's operator can neither read the case nor fill its form", async () => {
    expect((await get('op.carugate', `/api/cases/${caseId}`)).status).toBe(404);
    const refused = await post('op.carugate', '/api/forms/submissions', {
      form: FORM,
      subject: { type: CASE, id: caseId },
      data: { minori: 1 },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors[0].path).toEqual(['subject', 'id']);
  });

  it('once the form is submitted about the case, it is listed as filled and the transition opens', async () => {
    const submitted = await post('op.bussero', '/api/forms/submissions', {
      form: FORM,
      subject: { type: CASE, id: caseId },
      data: { minori: 2, sfratto: true },
    });
    expect(submitted.status).toBe(201);
    const kase = await get('op.bussero', `/api/cases/${caseId}`);
    expect(kase.body.data.forms).toEqual([
      expect.objectContaining({
        key: FORM,
        required: false,
        submissions: [expect.objectContaining({ documentId: submitted.body.data.documentId, version: 1, author: 'op.bussero' })],
      }),
    ]);
    const moved = await post('op.bussero', `/api/workflows/instances/${instanceId}/transitions`, {
      transition: 'avvia-istruttoria',
      expectedState: 'presentata',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.data.state).toBe('istruttoria');
    const after = await get('op.bussero', `/api/cases/${caseId}`);
    expect(after.body.data.forms[0].required).toBe(false);
  });

  it("the UdP's lists describe the case in words, without personal data or bare ids", async () => {
    const list = await get('udp', `/api/workflows/instances?workflow=${WORKFLOW}`);
    expect(list.status).toBe(200);
    const row = list.body.data.find((x: { documentId: string }) => x.documentId === instanceId);
    expect(row.subjectLabel.it).toMatch(/^Contributo affitto · Bussero · aperta dal \d{2}\/\d{2}\/\d{4}$/);
    expect(row.subjectLabel.en).toMatch(/^Contributo affitto · Bussero · open since \d{2}\/\d{2}\/\d{4}$/);
    expect(JSON.stringify(row.subjectLabel)).not.toMatch(/Luca|Esempio|C-\d/);
    const one = await get('udp', `/api/workflows/instances/${instanceId}`);
    expect(one.body.data.subjectLabel).toEqual(row.subjectLabel);
  });
});

describe('the demo services use the same configuration', () => {
  it('the segretariato requires its intake before the light take-in-charge', async () => {
    const id = await documentIdOf(app, 'api::service.service', { code: 'segretariato-sociale' });
    const service = await get('udp', `/api/services/${id}`);
    expect(service.body.data).toMatchObject({
      caseWorkflow: 'segretariato',
      caseForms: [expect.objectContaining({ form: 'segretariato-intake', purpose: 'accesso', requiredBefore: 'take-in-charge' })],
    });
    // Not localized: written in Italian by the seed, the English version carries the same path.
    expect((await get('udp', `/api/services/${id}?locale=en`)).body.data).toMatchObject({ caseWorkflow: 'segretariato' });
    const created = await post('op.bussero', '/api/cases', {
      data: { beneficiary: ids.luca, municipality: ids.bussero, service: id },
    });
    expect(created.body.data.workflow).toMatchObject({ key: 'segretariato', state: { key: 'access' } });
    const kase = await get('op.bussero', `/api/cases/${created.body.data.documentId}`);
    // Required only once the state it leaves is reached: not in "access".
    expect(kase.body.data.forms).toEqual([
      expect.objectContaining({ key: 'segretariato-intake', purpose: 'accesso', required: false, submissions: [] }),
    ]);
    const instance = created.body.data.workflow.documentId;
    expect(
      (
        await post('op.bussero', `/api/workflows/instances/${instance}/transitions`, {
          transition: 'analyse',
          expectedState: 'access',
        })
      ).status
    ).toBe(200);
    const analysing = await get('op.bussero', `/api/cases/${created.body.data.documentId}`);
    expect(analysing.body.data.forms[0].required).toBe(true);
    const blocked = await post('op.bussero', `/api/workflows/instances/${instance}/transitions`, {
      transition: 'take-in-charge',
      expectedState: 'analysis',
    });
    expect(blocked.status).toBe(422);
    expect(blocked.body.error.details.reasons).toEqual([expect.objectContaining({ type: 'form', form: 'segretariato-intake' })]);
  });
});
