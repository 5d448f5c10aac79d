import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { DEMO_PASSWORD, http } from '../helpers/http';

let app: Core.Strapi;

beforeAll(async () => {
  app = await startStrapi({ demo: true });
});
afterAll(stopStrapi);

const refreshCookie = (setCookie: string[] | string | undefined) =>
  ([] as string[])
    .concat(setCookie ?? [])
    .find((c) => c.startsWith('strapi_up_refresh='))
    ?.split(';')[0];

describe('sessions of the console', () => {
  it('logs in with the demo password and refuses a wrong one without saying which part was wrong', async () => {
    const wrong = await http(app).post('/api/auth/local').send({ identifier: 'udp', password: 'wrong-password' });
    expect(wrong.status).toBe(400);
    const ok = await http(app).post('/api/auth/local').send({ identifier: 'udp', password: DEMO_PASSWORD });
    expect(ok.status).toBe(200);
    expect(ok.body.jwt).toBeTruthy();
    expect(ok.body.user).not.toHaveProperty('password');
    // The refresh token travels only as an httpOnly cookie, never in the body.
    expect(ok.body).not.toHaveProperty('refreshToken');
    expect(([] as string[]).concat(ok.headers['set-cookie']).join(';')).toMatch(/HttpOnly/i);
  });

  it('renews the access token with the refresh cookie, and logout revokes it', async () => {
    const login = await http(app).post('/api/auth/local').send({ identifier: 'op.bussero', password: DEMO_PASSWORD });
    const cookie = refreshCookie(login.headers['set-cookie']);
    expect(cookie).toBeDefined();

    const renewed = await http(app)
      .post('/api/auth/refresh')
      .set('Cookie', cookie as string)
      .send({});
    expect(renewed.status).toBe(200);
    expect(renewed.body.jwt).toBeTruthy();
    expect((await http(app).get('/api/account/me').set('Authorization', `Bearer ${renewed.body.jwt}`)).status).toBe(200);

    const logout = await http(app)
      .post('/api/auth/logout')
      .set('Authorization', `Bearer ${login.body.jwt}`)
      .set('Cookie', cookie as string)
      .send({});
    expect(logout.status).toBe(200);
    const afterLogout = await http(app)
      .post('/api/auth/refresh')
      .set('Cookie', cookie as string)
      .send({});
    expect(afterLogout.status).toBeGreaterThanOrEqual(400);
    expect(afterLogout.status).toBeLessThan(500);
  });
});
