import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { DEMO_PASSWORD, http } from '../helpers/http';

let app: Core.Strapi;
const USER = 'plugin::users-permissions.user';
const LIMITS = { LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '8' };
const saved = Object.fromEntries(Object.keys(LIMITS).map((k) => [k, process.env[k]]));

// Booting and seeding can take minutes on a loaded machine.
jest.setTimeout(600_000);

beforeAll(async () => {
  Object.assign(process.env, LIMITS);
  app = await startStrapi({ demo: true });
  // users-permissions' own flood limit counts every request to /auth/local per address (10 a minute);
  // widened here so that this file's logins reach the throttle under test.
  app.config.set('plugin::users-permissions.ratelimit', { interval: 60000, max: 1000 });
});
afterAll(async () => {
  await stopStrapi();
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

const login = (identifier: string, password = DEMO_PASSWORD) => http(app).post('/api/auth/local').send({ identifier, password });
const refreshCookie = (setCookie: string[] | string | undefined) =>
  ([] as string[])
    .concat(setCookie ?? [])
    .find((c) => c.startsWith('strapi_up_refresh='))
    ?.split(';')[0] as string;
const bearer = (jwt: string) => ({ Authorization: `Bearer ${jwt}` });
const expectBilingual400 = (response: { status: number; body: { error?: { message?: string } } }, pattern: RegExp) => {
  expect(response.status).toBe(400);
  expect(response.body.error?.message).toContain(' / ');
  expect(response.body.error?.message).toMatch(pattern);
};
const userId = async (username: string) => (await app.db.query(USER).findOne({ where: { username } })).id as number;

describe('password policy for staff accounts', () => {
  it('creating an account refuses a password shorter than 12 characters or containing the username', async () => {
    const before = await app.db.query(USER).count();
    const create = (username: string, password: string) =>
      app
        .plugin('users-permissions')
        .service('user')
        .add({ username, email: `${username}@ambito.example.org`, password, provider: 'local', confirmed: true });
    await expect(create('nuovo.utente', 'Corta!2026')).rejects.toThrow(/almeno 12 caratteri.*at least 12 characters/);
    await expect(create('nuovo.utente', 'Nuovo.Utente!2026')).rejects.toThrow(/nome utente.*username/);
    expect(await app.db.query(USER).count()).toBe(before);
    await create('nuovo.utente', 'Lunga-e-Sicura!2026');
    expect(await app.db.query(USER).count()).toBe(before + 1);
  });

  it('changing the password applies the policy, and the new password ends the other sessions', async () => {
    const first = await login('tavolo.demo');
    const second = await login('tavolo.demo');
    const change = (password: string) =>
      http(app)
        .post('/api/auth/change-password')
        .set(bearer(first.body.jwt))
        .send({ currentPassword: DEMO_PASSWORD, password, passwordConfirmation: password });
    expectBilingual400(await change('Breve!2026'), /12/);
    expectBilingual400(await change('tavolo.demo-2026!'), /nome utente|username/);
    expect((await login('tavolo.demo')).status).toBe(200);

    const changed = await change('Nuova-Parola!Chiave');
    expect(changed.status).toBe(200);
    // The session that was open elsewhere is gone: its access token and its refresh cookie.
    expect((await http(app).get('/api/account/me').set(bearer(second.body.jwt))).status).toBe(401);
    expect(
      (await http(app).post('/api/auth/refresh').set('Cookie', refreshCookie(second.headers['set-cookie'])).send({})).status
    ).toBeGreaterThanOrEqual(400);
    expect((await http(app).get('/api/account/me').set(bearer(changed.body.jwt))).status).toBe(200);
    expect((await login('tavolo.demo', 'Nuova-Parola!Chiave')).status).toBe(200);
  });
});

describe('revoking sessions', () => {
  it('a password reset revokes the access tokens and refresh sessions issued before it', async () => {
    const session = await login('op.bussero');
    expect((await http(app).get('/api/account/me').set(bearer(session.body.jwt))).status).toBe(200);
    await app.db
      .query(USER)
      .update({ where: { id: await userId('op.bussero') }, data: { resetPasswordToken: 'codice-di-prova' } });
    const reset = (password: string) =>
      http(app).post('/api/auth/reset-password').send({ code: 'codice-di-prova', password, passwordConfirmation: password });

    expectBilingual400(await reset('Poco!2026'), /12/);
    expect((await reset('Bussero-Reset!2026')).status).toBe(200);

    expect((await http(app).get('/api/account/me').set(bearer(session.body.jwt))).status).toBe(401);
    const renewed = await http(app)
      .post('/api/auth/refresh')
      .set('Cookie', refreshCookie(session.headers['set-cookie']))
      .send({});
    expect(renewed.status).toBeGreaterThanOrEqual(400);
    expect(renewed.status).toBeLessThan(500);
    expect((await login('op.bussero', 'Bussero-Reset!2026')).status).toBe(200);
  });

  it('blocking an account revokes its sessions: unblocking does not bring them back', async () => {
    const session = await login('ente.demo');
    const documentId = (await app.db.query(USER).findOne({ where: { username: 'ente.demo' } })).documentId as string;
    await app.documents(USER as never).update({ documentId, data: { blocked: true } as never });
    expect((await http(app).get('/api/account/me').set(bearer(session.body.jwt))).status).toBe(401);
    expect((await login('ente.demo')).status).toBe(400);

    await app.documents(USER as never).update({ documentId, data: { blocked: false } as never });
    expect((await http(app).get('/api/account/me').set(bearer(session.body.jwt))).status).toBe(401);
    expect(
      (await http(app).post('/api/auth/refresh').set('Cookie', refreshCookie(session.headers['set-cookie'])).send({})).status
    ).toBeGreaterThanOrEqual(400);
    expect((await login('ente.demo')).status).toBe(200);
  });
});

describe('login throttling', () => {
  it('after 3 failures an account is refused even with the right password, whatever the case or spaces of the identifier', async () => {
    for (const identifier of ['op.carugate', ' OP.Carugate ', 'OP.CARUGATE\t']) {
      expect((await login(identifier, 'not-the-password')).status).toBe(400);
    }
    const locked = await login('op.carugate');
    expect(locked.status).toBe(429);
    expect(locked.body.error.message).toMatch(/Troppi tentativi.* \/ Too many failed login attempts/);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.body).not.toHaveProperty('jwt');
    expect((await login('Op.Carugate')).status).toBe(429);
    // Other accounts are not affected.
    expect((await login('udp')).status).toBe(200);
  });

  it('after 8 failures from one address every login from it is refused, whatever the accounts tried', async () => {
    // At least 4 failures above (3 on op.carugate, 1 on the blocked account); 5 more on accounts that do
    // not exist reach the limit, the last ones possibly refused already.
    for (let i = 1; i <= 5; i += 1) expect([400, 429]).toContain((await login(`nessuno.${i}`, 'wrong-password')).status);
    const refused = await login('udp');
    expect(refused.status).toBe(429);
    expect(refused.body).not.toHaveProperty('jwt');
  });
});
