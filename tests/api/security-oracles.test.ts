import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, DEMO_USERS, http } from '../helpers/http';
import { appRoutes } from '../../src/security/route-table';

/**
 * Issue #9: query parameters cannot be used as an oracle. On the core catalogue routes and on custom
 * routes, for anonymous callers and every demo role: filters, sort and populate on private fields (users'
 * password and tokens, the admin users behind createdBy/updatedBy) and unknown top-level parameters answer
 * 400 with the same body whether a guess would match or not; `populate=*` never returns a secret.
 * Case-file routes have their own oracle tests in cases-access.test.ts; the catalogue's hidden fields
 * (budgets, internal notes) in catalogue-access.test.ts.
 */
jest.setTimeout(600_000);
let app: Core.Strapi;
const WHO = ['anonymous', ...Object.keys(DEMO_USERS)] as const;
type Who = (typeof WHO)[number];
const headers: Partial<Record<Who, Record<string, string>>> = {};
const get = (who: Who, url: string) =>
  http(app)
    .get(url)
    .set(headers[who] ?? {});

/** Core routes of the catalogue (anyone reads them) and custom routes with their own controllers. */
const CATALOGUE = [
  '/api/services',
  '/api/providers',
  '/api/municipalities',
  '/api/areas',
  '/api/accreditations',
  '/api/funding-sources',
  '/api/measures',
];
const CUSTOM_PUBLIC = ['/api/governance/bodies', '/api/governance/memberships', '/api/governance/meetings'];
const CUSTOM_STAFF = ['/api/workflows/instances', '/api/workflows/tasks', '/api/forms/definitions', '/api/forms/submissions'];
const routesFor = (who: Who) => [...CATALOGUE, ...CUSTOM_PUBLIC, ...(who === 'anonymous' ? [] : CUSTOM_STAFF)];

/** Keys that must never appear in any answer, at any depth. */
const SECRETS = ['password', 'resetPasswordToken', 'confirmationToken', 'registrationToken', 'createdBy', 'updatedBy'];
function secretKeys(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => secretKeys(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [
    ...(SECRETS.includes(k) ? [`${path}.${k}`] : []),
    ...secretKeys(v, `${path}.${k}`),
  ]);
}

/** Pairs of guesses, one true of the demo data and one false: the answers must not tell them apart. */
const GUESSES: [string, string][] = [
  // bcrypt hashes start with "$2"; every demo account has one.
  ['filters[createdBy][password][$startsWith]=%242', 'filters[createdBy][password][$startsWith]=zz'],
  ['filters[createdBy][email][$endsWith]=.org', 'filters[createdBy][email][$endsWith]=.invalid'],
  ['filters[updatedBy][id][$gt]=0', 'filters[updatedBy][id][$gt]=999999'],
  ['filters[createdBy][resetPasswordToken][$null]=true', 'filters[createdBy][resetPasswordToken][$null]=false'],
  ['filters[$or][0][createdBy][password][$startsWith]=%242', 'filters[$or][0][createdBy][password][$startsWith]=zz'],
  ['sort=createdBy.password:asc', 'sort=createdBy.password:desc'],
  ['filters[password][$startsWith]=%242', 'filters[password][$startsWith]=zz'],
];

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const [role, username] of Object.entries(DEMO_USERS)) headers[role as Who] = await authHeader(app, username);
  // The demo has no admin-panel account and its records no creator: make both, with a reset token, so that
  // a leak of createdBy/updatedBy or of the token would show.
  const admin = (await app.admin.services.user.create({
    firstname: 'Admin',
    lastname: 'Demo',
    email: 'admin.demo@ambito.example.org',
    password: 'Admin!Ambito2026',
    isActive: true,
    roles: [],
  })) as { id: number };
  await app.db.query('admin::user').update({ where: { id: admin.id }, data: { resetPasswordToken: 'token-segreto-demo' } });
  for (const uid of ['api::service.service', 'api::provider.provider', 'api::municipality.municipality']) {
    await app.db.query(uid as never).updateMany({ where: {}, data: { createdBy: admin.id, updatedBy: admin.id } as never });
  }
});
afterAll(stopStrapi);

describe.each(WHO)('%s', (who) => {
  it('populate=* on catalogue and custom routes returns no password, token or creator', async () => {
    for (const route of routesFor(who)) {
      const response = await get(who, `${route}?populate=*`);
      expect({ route, status: response.status < 500 }).toEqual({ route, status: true });
      expect({ route, leaks: secretKeys(response.body) }).toEqual({ route, leaks: [] });
    }
  });

  it('populating createdBy / updatedBy is refused or empty, never the admin user', async () => {
    for (const route of CATALOGUE) {
      for (const query of [
        'populate[createdBy]=*',
        'populate[createdBy][populate]=*',
        'populate[updatedBy]=true',
        'populate[0]=createdBy',
        'fields[0]=password',
      ]) {
        const response = await get(who, `${route}?${query}`);
        expect({ route, query, status: response.status }).toEqual({ route, query, status: 400 });
        expect(secretKeys(response.body)).toEqual([]);
      }
    }
  });

  it('a guess on a private field answers the same 400 whether it would match or not', async () => {
    for (const route of routesFor(who)) {
      for (const [right, wrong] of GUESSES) {
        const [a, b] = await Promise.all([get(who, `${route}?${right}`), get(who, `${route}?${wrong}`)]);
        expect({ route, right, status: a.status }).toEqual({ route, right, status: 400 });
        expect({ route, wrong, status: b.status }).toEqual({ route, wrong, status: 400 });
        expect({ route, body: a.body }).toEqual({ route, body: b.body });
      }
    }
  });

  it('an unknown top-level parameter answers 400 naming it, on every read route of the app without path parameters', async () => {
    const routes = appRoutes(app).filter((r) => r.method === 'GET' && !r.path.includes(':') && !r.path.includes('('));
    expect(routes.length).toBeGreaterThan(30);
    for (const route of routes) {
      const [plain, response] = await Promise.all([get(who, route.path), get(who, `${route.path}?where[id]=1`)]);
      // A route the role may not call, or that needs parameters, refuses before anything else: it still must.
      if (plain.status >= 400) {
        expect({ route: route.path, status: response.status }).toEqual({ route: route.path, status: plain.status });
        continue;
      }
      expect({ route: route.path, status: response.status }).toEqual({ route: route.path, status: 400 });
      expect({ route: route.path, names: JSON.stringify(response.body.error).includes('where') }).toEqual({
        route: route.path,
        names: true,
      });
    }
  });
});

describe('own account', () => {
  it('/api/users/me?populate=* returns no password or token', async () => {
    const response = await get('operator', '/api/users/me?populate=*');
    expect(response.status).toBe(200);
    expect(secretKeys(response.body)).toEqual([]);
  });

  it('/api/users/me cannot be filtered on its own password', async () => {
    const [a, b] = await Promise.all([
      get('operator', '/api/users/me?filters[password][$startsWith]=%242'),
      get('operator', '/api/users/me?filters[password][$startsWith]=zz'),
    ]);
    expect(a.status).toBe(b.status);
    expect(a.body).toEqual(b.body);
  });
});
