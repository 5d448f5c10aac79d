import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, http } from '../helpers/http';

/**
 * Form submissions about a case carry its personal data: the forms engine applies the case files' access
 * rules to them, for every role (the form designer included).
 */
jest.setTimeout(480_000);
let app: Core.Strapi;
const headers: Record<string, Record<string, string>> = {};
let busseroCase: string;
let submission: string;

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const who of ['udp', 'op.bussero', 'op.carugate', 'tavolo.demo']) headers[who] = await authHeader(app, who);
  const found = await app.documents('api::case.case').findFirst({ filters: { municipality: { name: 'Bussero' } } } as never);
  busseroCase = (found as unknown as { documentId: string }).documentId;
  const form = await app.db
    .query('plugin::forms.form')
    .findOne({ where: { key: 'segretariato-intake' }, select: ['documentId'] });
  const version = await app.db
    .query('plugin::forms.form-version')
    .findOne({ where: { form: { key: 'segretariato-intake' } }, select: ['documentId'] });
  const author = await app.db
    .query('plugin::users-permissions.user')
    .findOne({ where: { username: 'op.bussero' }, select: ['id'] });
  const created = await app.documents('plugin::forms.submission').create({
    data: {
      form: form.documentId,
      formVersion: version.documentId,
      subjectType: 'api::case.case',
      subjectId: busseroCase,
      author: author.id,
      data: { requestText: 'Richiesta riservata di prova' },
    } as never,
  });
  submission = created.documentId;
});
afterAll(stopStrapi);

const about = () => `/api/forms/submissions?subjectType=api::case.case&subjectId=${busseroCase}`;
const ids = (body: { data: { id?: string; documentId?: string }[] }) => body.data.map((s) => s.documentId ?? s.id);

describe('submissions about a case', () => {
  it('are listed and read by the operator of the case’s comune', async () => {
    const list = await http(app).get(about()).set(headers['op.bussero']);
    expect(list.status).toBe(200);
    expect(ids(list.body)).toContain(submission);
    const one = await http(app).get(`/api/forms/submissions/${submission}`).set(headers['op.bussero']);
    expect(one.status).toBe(200);
  });

  it('are hidden from the Ufficio di Piano, even as form designer, in lists and by id', async () => {
    const list = await http(app).get(about()).set(headers.udp);
    expect(list.status).toBe(200);
    expect(ids(list.body)).not.toContain(submission);
    const all = await http(app).get('/api/forms/submissions?form=segretariato-intake').set(headers.udp);
    expect(ids(all.body)).not.toContain(submission);
    const one = await http(app).get(`/api/forms/submissions/${submission}`).set(headers.udp);
    expect(one.status).toBe(404);
    expect(JSON.stringify(one.body)).not.toContain('riservata');
  });

  it('cannot be attached by an operator of another comune, who is told the record does not exist', async () => {
    const res = await http(app)
      .post('/api/forms/submissions')
      .set(headers['op.carugate'])
      .send({ form: 'segretariato-intake', data: {}, subject: { type: 'api::case.case', id: busseroCase } });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'));
    expect(paths).toEqual(['subject.id']);
    expect(res.body.error.message).toMatch(/record inesistente/);
    expect(await app.db.query('plugin::forms.submission').count({ where: { subjectId: busseroCase } })).toBe(1);
  });

  it('can be attached by the operator of the comune (only the form data is then checked)', async () => {
    const res = await http(app)
      .post('/api/forms/submissions')
      .set(headers['op.bussero'])
      .send({ form: 'segretariato-intake', data: {}, subject: { type: 'api::case.case', id: busseroCase } });
    expect(res.status).toBe(400);
    const paths: string[] = res.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p) => p.startsWith('data'))).toBe(true);
  });
});
