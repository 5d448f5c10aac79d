import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { appRoutes, contentApiRoutes, strapiAdminRoutes, type ApiRoute } from '../../src/security/route-table';
import { PUBLIC_ROUTES } from '../../src/security/public-routes';
import { STRAPI_PUBLIC_ADMIN_ROUTES } from '../../src/security/strapi-admin-routes';

let app: Core.Strapi;

// Booting and seeding can take minutes on a loaded machine.
jest.setTimeout(600_000);

beforeAll(async () => {
  app = await startStrapi();
});
afterAll(stopStrapi);

const key = (route: ApiRoute) => `${route.method} ${route.path}`;
const HOW_TO_FIX =
  'Give the route a users-permissions action (do not set auth: false) or a policy; if it must be public, ' +
  'add it with the reason to src/security/public-routes.ts.';

describe('route table', () => {
  it('reads the routes Strapi registered, from every api and plugin', () => {
    const owners = new Set(contentApiRoutes(app).map((r) => r.owner));
    for (const owner of [
      'api::service',
      'plugin::users-permissions',
      'plugin::forms',
      'plugin::workflows',
      'plugin::governance',
      'plugin::upload',
    ]) {
      expect(owners).toContain(owner);
    }
  });

  it("reads every router the app registers, not only content-API ones: the observatory's HSDS router at /hsds", () => {
    const hsds = appRoutes(app).filter((r) => r.path.startsWith('/hsds'));
    expect(hsds.map(key).sort()).toEqual(
      [
        'GET /hsds/',
        'GET /hsds/datapackage.json',
        'GET /hsds/openapi.json',
        'GET /hsds/organizations',
        'GET /hsds/organizations/:id',
        'GET /hsds/service_at_locations',
        'GET /hsds/service_at_locations/:id',
        'GET /hsds/services',
        'GET /hsds/services/:id',
        'GET /hsds/tables/:file',
        'GET /hsds/taxonomies',
        'GET /hsds/taxonomies/:id',
        'GET /hsds/taxonomy_terms',
        'GET /hsds/taxonomy_terms/:id',
      ].sort()
    );
    expect(
      hsds.every((r) => r.kind === 'admin' && r.origin === 'app' && r.owner === 'plugin::observatory' && !r.permissionChecked)
    ).toBe(true);
    // Strapi's own admin routers are told apart from the app's.
    expect(appRoutes(app).filter((r) => r.path.startsWith('/admin/') || r.path.startsWith('/content-manager/'))).toEqual([]);
    expect(strapiAdminRoutes(app).some((r) => r.path === '/admin/login')).toBe(true);
  });

  it('every route is permission-checked or has a policy, unless it is on the public allowlist', () => {
    const unprotected = appRoutes(app)
      .filter((r) => !r.permissionChecked && r.policies.length === 0 && !(key(r) in PUBLIC_ROUTES))
      .map(key);
    expect({ unprotected, HOW_TO_FIX }).toEqual({ unprotected: [], HOW_TO_FIX });
  });

  it('every route anyone may call without logging in is on the public allowlist', async () => {
    const granted = await app.db.query('plugin::users-permissions.permission').findMany({ where: { role: { type: 'public' } } });
    const publicActions = new Set(granted.map((p: { action: string }) => p.action));
    const anonymous = appRoutes(app).filter(
      (r) => !r.permissionChecked || (r.kind === 'content-api' && r.action && publicActions.has(r.action))
    );
    const unlisted = anonymous.filter((r) => !(key(r) in PUBLIC_ROUTES)).map((r) => `${key(r)} (${r.action ?? 'auth: false'})`);
    expect({ unlisted, HOW_TO_FIX }).toEqual({ unlisted: [], HOW_TO_FIX });
  });

  it('the allowlist names only routes that exist, each with a reason', () => {
    const existing = new Set(appRoutes(app).map(key));
    expect(Object.keys(PUBLIC_ROUTES).filter((k) => !existing.has(k))).toEqual([]);
    for (const reason of Object.values(PUBLIC_ROUTES)) expect(reason.length).toBeGreaterThan(5);
  });

  it('an anonymous call to a route off the allowlist is refused', async () => {
    const request = (await import('supertest')).default(app.server.httpServer);
    const privateRoutes = appRoutes(app).filter((r) => r.method === 'GET' && !(key(r) in PUBLIC_ROUTES) && !r.path.includes('('));
    expect(privateRoutes.length).toBeGreaterThan(10);
    for (const route of privateRoutes) {
      const url = route.path.replace(/:[A-Za-z]+/g, '1');
      const response = await request.get(url);
      expect({ url, refused: [401, 403, 404].includes(response.status) }).toEqual({ url, refused: true });
    }
  });
});

/**
 * Strapi's own admin panel API (/admin/..., and the admin routes of the plugins Strapi ships:
 * /content-manager, /upload, /users-permissions, /i18n, ...) belongs to Strapi: its routes are not on the
 * app's allowlist. They are checked separately: the ones open without an admin session are exactly
 * Strapi's documented public ones (src/security/strapi-admin-routes.ts), and every other GET answers 401
 * to an anonymous caller. Its permissions (RBAC) are Strapi's and are not tested here.
 */
describe("Strapi's admin panel routes", () => {
  it('only the documented public ones are open without an admin session', () => {
    const open = strapiAdminRoutes(app)
      .filter((r) => !r.permissionChecked)
      .map(key)
      .sort();
    expect(open).toEqual(Object.keys(STRAPI_PUBLIC_ADMIN_ROUTES).sort());
  });

  it('every other admin GET refuses an anonymous caller with 401', async () => {
    const request = (await import('supertest')).default(app.server.httpServer);
    const closed = strapiAdminRoutes(app).filter((r) => r.permissionChecked && r.method === 'GET' && !r.path.includes('('));
    expect(closed.length).toBeGreaterThan(50);
    const answers: string[] = [];
    for (const route of closed) {
      const url = route.path.replace(/:[A-Za-z]+/g, '1');
      const response = await request.get(url);
      if (response.status !== 401) answers.push(`${url} → ${response.status}`);
    }
    expect(answers).toEqual([]);
  });
});
