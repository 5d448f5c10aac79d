import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, http } from '../helpers/http';

/**
 * Issue 15 point 8: a form's pattern with a bounded quantifier over a quantified group passed the safety
 * check, and validating a 29-character answer then blocked the server for seconds; a 10,000-field form
 * blocked it for 3 s when saved. Both are now refused when the definition is saved, with a readable reason.
 */
let app: Core.Strapi;
let udp: Record<string, string>;

// Booting and seeding can take minutes on a loaded machine.
jest.setTimeout(600_000);

const t = (it: string, en: string) => ({ it, en });
const field = (key: string, extra: Record<string, unknown> = {}) => ({
  key,
  type: 'text',
  label: t(`Codice ${key}`, `Code ${key}`),
  ...extra,
});
const form = (fields: unknown[]) => ({ sections: [{ key: 'main', title: t('Principale', 'Main'), fields }] });

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  udp = await authHeader(app, 'udp');
});
afterAll(stopStrapi);

const save = (definition: unknown) =>
  http(app)
    .post('/api/forms/definitions')
    .set(udp)
    .send({
      data: {
        key: `redos-${Math.random().toString(36).slice(2, 8)}`,
        title: t('Prova', 'Trial'),
        roles: ['operator'],
        definition,
      },
    });

describe('patterns that backtrack exponentially are refused when saved', () => {
  it.each(['^(a+){1,40}$', '^(a|a){1,40}$', '^(\\w+\\s?){1,60}$', '^(a{1,20}){1,20}$'])('%s', async (pattern) => {
    const before = await app.db.query('plugin::forms.form').count();
    const response = await save(form([field('code', { pattern })]));
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/non sicura.* \/ .*unsafe/);
    expect(await app.db.query('plugin::forms.form').count()).toBe(before);
  });

  it('ordinary patterns are still accepted', async () => {
    for (const pattern of [
      '^[A-Z]{6}\\d{2}[A-Z]\\d{2}[A-Z]\\d{3}[A-Z]$',
      '^(\\+39)?\\d{6,11}$',
      '^(\\d{3}-){2}\\d{4}$',
      '^[A-Za-z ]{1,40}$',
    ]) {
      const response = await save(form([field('code', { pattern })]));
      expect({ pattern, status: response.status }).toEqual({ pattern, status: 201 });
    }
  });
});

describe('the size of a definition is bounded', () => {
  it('a form with 10,000 fields is refused with a 400 in Italian and English, and the server keeps answering', async () => {
    const fields = Array.from({ length: 10_000 }, (_, i) => field(`f${i}`));
    const [refused, other] = await Promise.all([save(form(fields)), http(app).get('/api/services')]);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/troppi campi \(10000, al massimo \d+\).* \/ .*too many fields/);
    expect(other.status).toBe(200);
  });
});
