import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, http } from '../helpers/http';

let app: Core.Strapi;
let udp: Record<string, string>;

// Booting and seeding can take minutes on a loaded machine.
jest.setTimeout(600_000);

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  udp = await authHeader(app, 'udp');
});
afterAll(stopStrapi);

const nested = (depth: number) => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
};
const bilingual = (message: unknown) => {
  expect(typeof message).toBe('string');
  expect(message as string).toContain(' / ');
};

describe('request bodies', () => {
  it('a JSON body over the limit (1 MB by default) answers 413 in Italian and English, and writes nothing', async () => {
    const before = await app.db.query('api::service.service').count();
    const response = await http(app)
      .post('/api/services')
      .set(udp)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ data: { code: 'BIG', name: 'x'.repeat(1_100_000) } }));
    expect(response.status).toBe(413);
    bilingual(response.body.error.message);
    expect(response.body.error.message).toMatch(/troppo grande/i);
    expect(await app.db.query('api::service.service').count()).toBe(before);
  });

  it('a form or text body over the limit answers 413 too', async () => {
    const form = await http(app)
      .post('/api/services')
      .set(udp)
      .type('form')
      .send(`data=${'y'.repeat(1_100_000)}`);
    expect(form.status).toBe(413);
    const text = await http(app).post('/api/services').set(udp).set('Content-Type', 'text/plain').send('z'.repeat(1_100_000));
    expect(text.status).toBe(413);
  });

  it('a body nested deeper than the limit is refused with 400 before any route sees it', async () => {
    for (const [url, headers] of [
      ['/api/services', udp],
      ['/api/auth/local', {}],
      ['/api/forms/definitions', udp],
    ] as const) {
      const response = await http(app)
        .post(url)
        .set(headers)
        .send({ data: nested(200) });
      expect({ url, status: response.status }).toEqual({ url, status: 400 });
      bilingual(response.body.error.message);
      expect(response.body.error.message).toMatch(/annidato.*nested/);
    }
    // Deep enough to overflow a recursive walker: still a 400, not a 500.
    const deep = `{"data":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const response = await http(app).post('/api/services').set(udp).set('Content-Type', 'application/json').send(deep);
    expect(response.status).toBe(400);
  });

  it('a body within the limit still works', async () => {
    const response = await http(app)
      .post('/api/forms/definitions/unknown-form/validate')
      .set(udp)
      .send({ data: nested(10) });
    expect(response.status).toBeLessThan(500);
    expect(response.body.error?.message ?? '').not.toMatch(/nested/);
  });

  it('malformed JSON answers 400, never 500', async () => {
    for (const body of ['{', '{"data":', '{"data": {"name": "x",}}', 'nul', '\u0000', '{"a":1}{"b":2}', '[1,2']) {
      const response = await http(app).post('/api/services').set(udp).set('Content-Type', 'application/json').send(body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
      bilingual(response.body.error.message);
    }
  });
});
