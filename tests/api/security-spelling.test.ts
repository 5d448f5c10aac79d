import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { DEMO_PASSWORD, http } from '../helpers/http';

/**
 * Issue 15 point 2: Koa's router matches a path whatever its case and with a trailing slash, while the
 * guards in front of the routes (login throttle, session revocation, upload checks) compared the path as
 * written. Every other spelling of a route now answers 404 before any guard (src/middlewares/canonical-path.ts).
 */
let app: Core.Strapi;
const LIMITS = { LOGIN_MAX_FAILURES_PER_ACCOUNT: '5', LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' };
const saved = Object.fromEntries(Object.keys(LIMITS).map((k) => [k, process.env[k]]));

// Booting and seeding can take minutes on a loaded machine.
jest.setTimeout(600_000);

/** Spellings of a canonical path `/api/<a>/<b>` the router accepted or that decode to it. */
function spellings(canonical: string): string[] {
  const [, api, ...rest] = canonical.split('/');
  const tail = rest.join('/');
  return [
    `/${api.toUpperCase()}/${tail}`,
    `/${api[0].toUpperCase()}${api.slice(1)}/${tail}`,
    `/${api}/${tail.toUpperCase()}`,
    `${canonical}/`,
    `${canonical}//`,
    `/${api.toUpperCase()}/${tail}/`,
    `/${api}//${tail}`,
    `//${api}/${tail}`,
    `/%${api.charCodeAt(0).toString(16)}${api.slice(1)}/${tail}`,
    `/${api}/${tail.slice(0, -1)}%${tail.charCodeAt(tail.length - 1).toString(16)}`,
  ];
}

const USER = 'plugin::users-permissions.user';
let accounts = 0;
async function newAccount(): Promise<{ username: string; email: string }> {
  accounts += 1;
  const username = `spelling.${accounts}`;
  const email = `Spelling.${accounts}@Ambito.example.org`;
  await app
    .plugin('users-permissions')
    .service('user')
    .add({
      username,
      email: email.toLowerCase(),
      password: DEMO_PASSWORD,
      provider: 'local',
      confirmed: true,
      role: (await app.db.query('plugin::users-permissions.role').findOne({ where: { type: 'operator' } })).id,
    });
  return { username, email };
}

beforeAll(async () => {
  Object.assign(process.env, LIMITS);
  app = await startStrapi({ demo: true });
  // users-permissions' own flood limit (10 a minute per address) would hide the throttle under test.
  app.config.set('plugin::users-permissions.ratelimit', { interval: 60000, max: 100000 });
});
afterAll(async () => {
  await stopStrapi();
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

const login = (path: string, identifier: string, password = DEMO_PASSWORD) => http(app).post(path).send({ identifier, password });

describe('one spelling per route', () => {
  it('the canonical spellings work, every other spelling answers 404', async () => {
    expect((await http(app).get('/api/services')).status).toBe(200);
    for (const path of spellings('/api/services')) {
      const response = await http(app).get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
    // The same for Strapi's admin routes and the app's own routers outside /api.
    expect((await http(app).get('/hsds/services')).status).toBe(200);
    for (const path of [
      '/HSDS/services',
      '/hsds/Services',
      '/hsds/services/',
      '/ADMIN/init',
      '/admin/init/',
      '/Content-Manager/init',
    ]) {
      expect({ path, status: (await http(app).get(path)).status }).toEqual({ path, status: 404 });
    }
  });

  it('12 wrong passwords through any spelling of the login, then the right one: never logged in', async () => {
    for (const path of spellings('/api/auth/local')) {
      const { username } = await newAccount();
      for (let i = 0; i < 12; i += 1) {
        const wrong = await login(path, username, 'not-the-password');
        expect({ path, status: [400, 404, 429].includes(wrong.status) }).toEqual({ path, status: true });
      }
      const right = await login(path, username);
      expect({ path, status: right.status, jwt: 'jwt' in right.body }).toEqual({
        path,
        status: right.status === 429 ? 429 : 404,
        jwt: false,
      });
    }
  });

  it('the e-mail and the username of one account share one count', async () => {
    const { username, email } = await newAccount();
    for (const identifier of [email, username, email.toLowerCase(), username, email]) {
      expect((await login('/api/auth/local', identifier, 'not-the-password')).status).toBe(400);
    }
    expect((await login('/api/auth/local', username)).status).toBe(429);
    expect((await login('/api/auth/local', email)).status).toBe(429);
    // Another account is not affected.
    const other = await newAccount();
    expect((await login('/api/auth/local', other.email)).status).toBe(200);
  });

  it('after logout the old access token is refused on every spelling of a route', async () => {
    const { username } = await newAccount();
    const session = await login('/api/auth/local', username);
    const bearer = { Authorization: `Bearer ${session.body.jwt}` };
    expect((await http(app).get('/api/account/me').set(bearer)).status).toBe(200);
    const cookie = ([] as string[])
      .concat(session.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0])
      .join('; ');
    expect((await http(app).post('/api/auth/logout').set(bearer).set('Cookie', cookie).send({})).status).toBe(200);
    for (const path of ['/api/account/me', ...spellings('/api/account/me')]) {
      const response = await http(app).get(path).set(bearer);
      expect({ path, status: response.status }).toEqual({ path, status: path === '/api/account/me' ? 401 : 404 });
    }
  });

  it('an SVG named avatar.png is refused on every spelling of the upload route, and nothing is stored', async () => {
    const operator = { Authorization: `Bearer ${(await login('/api/auth/local', 'op.bussero')).body.jwt}` };
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>');
    const before = await app.db.query('plugin::upload.file').count();
    for (const path of ['/api/upload', ...spellings('/api/upload')]) {
      const response = await http(app)
        .post(path)
        .set(operator)
        .attach('files', svg, { filename: 'avatar.png', contentType: 'image/png' });
      expect({ path, status: response.status }).toEqual({ path, status: path === '/api/upload' ? 415 : 404 });
    }
    expect(await app.db.query('plugin::upload.file').count()).toBe(before);
    expect(await app.db.query(USER).count()).toBeGreaterThan(0);
  });
});
