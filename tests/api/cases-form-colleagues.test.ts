import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, DEMO_PASSWORD, documentIdOf, http } from '../helpers/http';

/**
 * Issue 14 (leftover): a form filled about a case is the case's data, not its author's. Whoever may see the
 * case (another operator of the same comune) finds it on the case page and through the forms engine, read
 * only; an operator of another comune finds it nowhere, however asked. Standalone submissions stay their author's.
 */
jest.setTimeout(480_000);
let app: Core.Strapi;
const as: Record<string, Record<string, string>> = {};
const ids: Record<string, string> = {};
const CASE = 'api::case.case';
const FORM = 'segretariato-intake';
const get = (who: string, url: string) => http(app).get(url).set(as[who]);
const post = (who: string, url: string, body: object) => http(app).post(url).set(as[who]).send(body);

const intake = (comune: string) => ({
  accessDate: '2026-11-02',
  municipality: comune,
  accessChannel: 'spontaneo',
  firstName: 'Mario',
  lastName: 'Collega',
  phone: '333 123 4567',
  needAreas: ['casa'],
  requestText: 'Colloquio riservato di prova',
  outcome: 'informazione',
  privacyNoticeGiven: true,
});
const documentIds = (body: { data: { documentId?: string; id?: string }[] }) => body.data.map((s) => s.documentId ?? s.id);

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  ids.bussero = await documentIdOf(app, 'api::municipality.municipality', { name: 'Bussero' });
  ids.luca = await documentIdOf(app, 'api::beneficiary.beneficiary', { firstName: 'Luca', lastName: 'Esempio' });
  ids.service = await documentIdOf(app, 'api::service.service', { code: 'segretariato-sociale' });
  // A second operator of Bussero (the demo has one per comune).
  const users = app.db.query('plugin::users-permissions.user');
  const bussero = await users.findOne({ where: { username: 'op.bussero' }, populate: ['role', 'municipalities'] });
  await app
    .plugin('users-permissions')
    .service('user')
    .add({
      username: 'op.bussero.due',
      email: 'op.bussero.due@ambito.example.org',
      password: DEMO_PASSWORD,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: bussero.role.id,
      municipalities: bussero.municipalities.map((m: { id: number }) => m.id),
    });
  for (const who of ['udp', 'op.bussero', 'op.bussero.due', 'op.carugate']) as[who] = await authHeader(app, who);

  const created = await post('op.bussero', '/api/cases', {
    data: { beneficiary: ids.luca, municipality: ids.bussero, service: ids.service },
  });
  expect(created.status).toBe(201);
  ids.case = created.body.data.documentId;
  const filled = await post('op.bussero', '/api/forms/submissions', {
    form: FORM,
    data: intake(ids.bussero),
    subject: { type: CASE, id: ids.case },
  });
  expect(filled.status).toBe(201);
  ids.submission = filled.body.data.documentId;
  const alone = await post('op.bussero', '/api/forms/submissions', { form: FORM, data: intake(ids.bussero) });
  expect(alone.status).toBe(201);
  ids.standalone = alone.body.data.documentId;
});
afterAll(stopStrapi);

const caseSubmissions = async (who: string, query = '') => {
  const response = await get(who, `/api/cases/${ids.case}${query}`);
  return {
    status: response.status,
    forms: response.body.data?.forms as
      | { key: string; submissions: { documentId: string; author: string; editable: boolean }[] }[]
      | undefined,
  };
};

describe('a form filled about a case, seen by a colleague of the same comune', () => {
  it('is listed on the case page as filled, by its author', async () => {
    for (const query of ['', '?populate=*']) {
      const { status, forms } = await caseSubmissions('op.bussero.due', query);
      expect(status).toBe(200);
      const intakeForm = forms?.find((f) => f.key === FORM);
      expect(intakeForm?.submissions).toEqual([
        expect.objectContaining({ documentId: ids.submission, author: 'op.bussero', editable: false }),
      ]);
    }
  });

  it('is listed by the forms engine with any filter, and read by id with its answers', async () => {
    for (const query of [
      `?subjectType=${CASE}&subjectId=${ids.case}`,
      `?form=${FORM}`,
      '',
      `?form=${FORM}&subjectId=${ids.case}`,
    ]) {
      const list = await get('op.bussero.due', `/api/forms/submissions${query}`);
      expect(list.status).toBe(200);
      expect(documentIds(list.body)).toContain(ids.submission);
    }
    const one = await get('op.bussero.due', `/api/forms/submissions/${ids.submission}`);
    expect(one.status).toBe(200);
    expect(one.body.data).toMatchObject({
      author: 'op.bussero',
      editable: false,
      data: { requestText: 'Colloquio riservato di prova', lastName: 'Collega' },
    });
  });

  it("is in the form's responses, filtered by the case", async () => {
    const responses = await get('op.bussero.due', `/api/forms/definitions/${FORM}/responses?subject=${ids.case}`);
    expect(responses.status).toBe(200);
    expect(responses.body.data.map((r: { id: string }) => r.id)).toEqual([ids.submission]);
  });

  it('is not among the colleague’s own submissions, and only its author changes it', async () => {
    const mine = await get('op.bussero.due', '/api/forms/submissions?mine=true');
    expect(documentIds(mine.body)).not.toContain(ids.submission);
    expect(documentIds((await get('op.bussero', '/api/forms/submissions?mine=true')).body)).toContain(ids.submission);
    const edit = await http(app)
      .put(`/api/forms/submissions/${ids.submission}`)
      .set(as['op.bussero.due'])
      .send({ data: intake(ids.bussero) });
    expect(edit.status).toBe(404);
    const own = await get('op.bussero', `/api/forms/submissions/${ids.submission}`);
    expect(own.body.data.editable).toBe(true);
  });

  it('a standalone submission stays its author’s', async () => {
    expect(documentIds((await get('op.bussero.due', `/api/forms/submissions?form=${FORM}`)).body)).not.toContain(ids.standalone);
    expect((await get('op.bussero.due', `/api/forms/submissions/${ids.standalone}`)).status).toBe(404);
    const responses = await get('op.bussero.due', `/api/forms/definitions/${FORM}/responses`);
    expect(responses.body.data.map((r: { id: string }) => r.id)).not.toContain(ids.standalone);
  });
});

describe('the same submission, asked for by an operator of another comune', () => {
  it('is found nowhere: case page, lists with filters, by id, responses', async () => {
    for (const query of ['', '?populate=*']) expect((await caseSubmissions('op.carugate', query)).status).toBe(404);
    for (const query of [`?subjectType=${CASE}&subjectId=${ids.case}`, `?form=${FORM}`, '', `?subjectId=${ids.case}`]) {
      const list = await get('op.carugate', `/api/forms/submissions${query}`);
      expect(list.status).toBe(200);
      expect(documentIds(list.body)).not.toContain(ids.submission);
    }
    // The engine's lists take no populate: refused, and nothing of the case's answers in the refusal.
    const populated = await get('op.carugate', `/api/forms/submissions?populate=*&subjectId=${ids.case}`);
    expect(populated.status).toBe(400);
    expect(JSON.stringify(populated.body)).not.toContain(ids.submission);
    for (const query of ['', '?populate=*']) {
      const one = await get('op.carugate', `/api/forms/submissions/${ids.submission}${query}`);
      expect(one.status).toBe(404);
      expect(JSON.stringify(one.body)).not.toContain('riservato');
    }
    const responses = await get('op.carugate', `/api/forms/definitions/${FORM}/responses?subject=${ids.case}`);
    expect(responses.status).toBe(200);
    expect(responses.body.data).toEqual([]);
  });
});
