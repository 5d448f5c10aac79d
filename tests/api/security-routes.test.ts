import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { contentApiRoutes, type ApiRoute } from '../../src/security/route-table';
import { PUBLIC_ROUTES } from '../../src/security/public-routes';

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
    for (const owner of ['api::service', 'plugin::users-permissions', 'plugin::forms', 'plugin::workflows', 'plugin::governance', 'plugin::upload']) {
      expect(owners).toContain(owner);
    }
  });

  it('every route is permission-checked or has a policy, unless it is on the public allowlist', () => {
    const unprotected = contentApiRoutes(app)
      .filter((r) => !r.permissionChecked && r.policies.length === 0 && !(key(r) in PUBLIC_ROUTES))
      .map(key);
    expect({ unprotected, HOW_TO_FIX }).toEqual({ unprotected: [], HOW_TO_FIX });
  });

  it('every route anyone may call without logging in is on the public allowlist', async () => {
    const granted = await app.db.query('plugin::users-permissions.permission').findMany({ where: { role: { type: 'public' } } });
    const publicActions = new Set(granted.map((p: { action: string }) => p.action));
    const anonymous = contentApiRoutes(app).filter((r) => !r.permissionChecked || (r.action && publicActions.has(r.action)));
    const unlisted = anonymous.filter((r) => !(key(r) in PUBLIC_ROUTES)).map((r) => `${key(r)} (${r.action ?? 'auth: false'})`);
    expect({ unlisted, HOW_TO_FIX }).toEqual({ unlisted: [], HOW_TO_FIX });
  });

  it('the allowlist names only routes that exist, each with a reason', () => {
    const existing = new Set(contentApiRoutes(app).map(key));
    expect(Object.keys(PUBLIC_ROUTES).filter((k) => !existing.has(k))).toEqual([]);
    for (const reason of Object.values(PUBLIC_ROUTES)) expect(reason.length).toBeGreaterThan(5);
  });

  it('an anonymous call to a route off the allowlist is refused', async () => {
    const request = (await import('supertest')).default(app.server.httpServer);
    const privateRoutes = contentApiRoutes(app).filter((r) => r.method === 'GET' && !(key(r) in PUBLIC_ROUTES) && !r.path.includes('('));
    expect(privateRoutes.length).toBeGreaterThan(10);
    for (const route of privateRoutes) {
      const url = route.path.replace(/:[A-Za-z]+/g, '1');
      const response = await request.get(url);
      expect({ url, refused: [401, 403, 404].includes(response.status) }).toEqual({ url, refused: true });
    }
  });
});
