import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, http } from '../helpers/http';

/**
 * Issue 15 point 9: huge paging numbers ended in a 500 and the failing SQL, with its bound values (a fiscal
 * code, a name), in the log; the password-reset request told known e-mails from unknown ones.
 */
let app: Core.Strapi;
const logged: string[] = [];

// Booting and seeding can take minutes on a loaded machine.
jest.setTimeout(600_000);

const describeArg = (arg: unknown): string =>
  arg instanceof Error
    ? `${arg.name}: ${arg.message} ${arg.stack ?? ''} ${JSON.stringify(arg)}`
    : typeof arg === 'string'
      ? arg
      : JSON.stringify(arg);

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const level of ['error', 'warn', 'info', 'http', 'debug'] as const) {
    const original = app.log[level].bind(app.log);
    jest.spyOn(app.log, level).mockImplementation(((...args: unknown[]) => {
      logged.push(args.map(describeArg).join(' '));
      return original(...(args as [string]));
    }) as never);
  }
});
afterAll(stopStrapi);

const HUGE = '99999999999999999999';

describe('out-of-range numbers', () => {
  it('huge paging numbers answer 400 naming the parameter, anonymous and on the case lists', async () => {
    const operator = await authHeader(app, 'op.bussero');
    const cases: [string, Record<string, string>][] = [
      ['/api/services', {}],
      ['/api/providers', {}],
      ['/api/beneficiaries', operator],
      ['/api/cases', operator],
      ['/api/referrals', operator],
    ];
    for (const [path, headers] of cases) {
      for (const parameter of ['pagination[start]', 'pagination[limit]', 'pagination[page]', 'pagination[pageSize]']) {
        const response = await http(app)
          .get(`${path}?${encodeURIComponent(parameter)}=${HUGE}`)
          .set(headers);
        expect({ path, parameter, status: response.status }).toEqual({ path, parameter, status: 400 });
        expect(response.body.error.message).toContain(parameter);
        expect(response.body.error.message).toMatch(/fuori intervallo.* \/ .*out of range/);
      }
    }
    // Ordinary numbers still work.
    expect((await http(app).get('/api/services?pagination[start]=0&pagination[limit]=5')).status).toBe(200);
  });

  it('no database error reaches the log with the values of the request', async () => {
    const operator = await authHeader(app, 'op.bussero');
    const beneficiary = await app.db.query('api::beneficiary.beneficiary').findOne({ select: ['fiscalCode', 'lastName'] });
    logged.length = 0;
    const attempts = [
      `/api/beneficiaries?filters[fiscalCode][$eq]=${beneficiary.fiscalCode}&filters[id][$eq]=${HUGE}`,
      `/api/beneficiaries?filters[lastName][$eq]=${encodeURIComponent(beneficiary.lastName)}&filters[createdAt][$gt]=99999-99-99`,
      `/api/services?filters[name][$eq]=${beneficiary.fiscalCode}&filters[id][$eq]=${HUGE}`,
      `/api/services?filters[name][$eq]=${beneficiary.fiscalCode}&filters[id][$in][0]=-${HUGE}`,
    ];
    for (const url of attempts) {
      const response = await http(app).get(url).set(operator);
      expect({ url, status: response.status < 500 }).toEqual({ url, status: true });
    }
    const leaks = logged.filter((line) => line.includes(beneficiary.fiscalCode) || line.includes(beneficiary.lastName));
    expect(leaks).toEqual([]);
  });
});

describe('password reset request', () => {
  it('answers the same for a known and an unknown e-mail', async () => {
    const known = await app.db.query('plugin::users-permissions.user').findOne({ where: { username: 'op.bussero' } });
    const forKnown = await http(app).post('/api/auth/forgot-password').send({ email: known.email });
    const forUnknown = await http(app).post('/api/auth/forgot-password').send({ email: 'nessuno@ambito.example.org' });
    expect({ status: forKnown.status, body: forKnown.body }).toEqual({ status: forUnknown.status, body: forUnknown.body });
    expect(forKnown.status).toBe(200);
    expect(logged.some((line) => line.includes(known.email))).toBe(false);
  });
});
