import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, http } from '../helpers/http';

let app: Core.Strapi;
let udp: Record<string, string>;

const t = (it: string, en: string) => ({ it, en });
const field = (key: string, extra: Record<string, unknown> = {}) => ({ key, type: 'text', label: t(key, key), ...extra });
const form = (fields: unknown[], rules?: unknown[]) => ({
  sections: [{ key: 'main', title: t('Principale', 'Main'), fields }],
  ...(rules ? { rules } : {}),
});

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  udp = await authHeader(app, 'udp');
});
afterAll(stopStrapi);

/** Saving this definition is refused with a 400 that names where, in Italian and English; nothing is saved. */
async function expectRefused(definition: unknown, where: RegExp) {
  const before = await app.db.query('plugin::forms.form').count();
  const response = await http(app)
    .post('/api/forms/definitions')
    .set(udp)
    .send({
      data: { key: `bad-${Math.random().toString(36).slice(2, 8)}`, title: t('Prova', 'Trial'), roles: ['operator'], definition },
    });
  expect(response.status).toBe(400);
  const errors = response.body.error.details.errors as { path: string[]; it: string; en: string }[];
  expect(errors.some((e) => where.test(e.path.join('.')))).toBe(true);
  for (const error of errors) expect(error.it && error.en).toBeTruthy();
  expect(await app.db.query('plugin::forms.form').count()).toBe(before);
  return errors;
}

describe('definitions are checked when saved', () => {
  it('unknown field type', async () => {
    await expectRefused(form([field('a', { type: 'slider' })]), /^definition\.sections\.0\.fields\.0/);
  });

  it('duplicate keys', async () => {
    await expectRefused(form([field('name'), field('name')]), /^definition\.sections\.0\.fields\.1/);
  });

  it('an expression that refers to a missing field', async () => {
    await expectRefused(
      form([field('a', { visibleWhen: { '==': [{ var: 'ghost' }, 1] } })]),
      /^definition\.sections\.0\.fields\.0\.visibleWhen/
    );
  });

  it('a cycle among calculated fields', async () => {
    const errors = await expectRefused(
      form([
        { key: 'x', type: 'calculated', label: t('x', 'x'), resultType: 'number', expression: { '+': [{ var: 'y' }, 1] } },
        { key: 'y', type: 'calculated', label: t('y', 'y'), resultType: 'number', expression: { '+': [{ var: 'x' }, 1] } },
      ]),
      /^definition\.sections\.0\.fields\.[01]/
    );
    expect(errors.map((e) => e.en).join(' ')).toMatch(/cycle/i);
  });

  it('an unsafe regular expression', async () => {
    await expectRefused(form([field('code', { pattern: '^(a+)+$' })]), /pattern$/);
  });

  it('too deep nesting', async () => {
    let expression: unknown = { var: 'a' };
    // Deeper than the engine's limit (20) yet within the API's JSON nesting limit (64 levels), which a
    // body must pass before the engine sees it (tests/api/security-payloads.test.ts).
    for (let i = 0; i < 24; i += 1) expression = { '!': [expression] };
    await expectRefused(form([field('a'), field('b', { visibleWhen: expression })]), /^definition/);
  });

  it('a form without a title or with an unknown role', async () => {
    const response = await http(app)
      .post('/api/forms/definitions')
      .set(udp)
      .send({ data: { key: 'senza-titolo', roles: ['admin'], definition: form([field('a')]) } });
    expect(response.status).toBe(400);
    const paths = response.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['title', 'roles']));
  });

  it('a draft with a broken definition is refused and the stored draft is unchanged', async () => {
    await http(app)
      .post('/api/forms/definitions')
      .set(udp)
      .send({ data: { key: 'bozza-ok', title: t('Bozza', 'Draft'), roles: ['operator'], definition: form([field('a')]) } })
      .expect(201);
    const response = await http(app)
      .put('/api/forms/definitions/bozza-ok/draft')
      .set(udp)
      .send({ data: { definition: form([field('a'), field('a')]) } });
    expect(response.status).toBe(400);
    const stored = await http(app).get('/api/forms/definitions/bozza-ok/versions/1').set(udp);
    expect(stored.body.data.definition).toEqual(form([field('a')]));
  });

  it('publishing with no draft is refused, nothing changes', async () => {
    await http(app).post('/api/forms/definitions/bozza-ok/publish').set(udp).expect(200);
    const again = await http(app).post('/api/forms/definitions/bozza-ok/publish').set(udp);
    expect(again.status).toBe(400);
    expect(again.body.error.message).toContain('no draft to publish');
  });

  it('unknown form, version or bad version numbers answer 404 or 400, never 500', async () => {
    expect((await http(app).get('/api/forms/definitions/nessuno/published').set(udp)).status).toBe(404);
    expect((await http(app).get('/api/forms/definitions/bozza-ok/versions/99').set(udp)).status).toBe(404);
    expect((await http(app).get('/api/forms/definitions/bozza-ok/versions/abc').set(udp)).status).toBe(400);
    expect((await http(app).get('/api/forms/definitions/bozza-ok/diff?from=1').set(udp)).status).toBe(400);
    expect((await http(app).post('/api/forms/submissions').set(udp).send({ data: {} })).status).toBe(400);
    expect((await http(app).post('/api/forms/submissions').set(udp).send({ form: 'bozza-ok', data: 'text' })).status).toBe(400);
    expect(
      (
        await http(app)
          .post('/api/forms/submissions')
          .set(udp)
          .send({ form: 'bozza-ok', data: {}, subject: { type: 'api::case.case', id: 'x' } })
      ).status
    ).toBe(400);
  });
});
