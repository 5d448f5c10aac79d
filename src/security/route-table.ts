import path from 'node:path';
import type { Core } from '@strapi/strapi';

/**
 * Strapi mounts two kinds of routers: `content-api` (under /api, authenticated by users-permissions, each
 * route a permission a role must hold) and `admin` (outside /api, authenticated by an admin-panel session:
 * Strapi's /admin/... and its plugins' /content-manager/..., /upload/..., and any admin-type router of the
 * app's own plugins, such as the observatory's public HSDS router at /hsds).
 */
export type RouteKind = 'content-api' | 'admin';

/** One route as Strapi registered it, with what protects it. */
export interface ApiRoute {
  method: string;
  /** Full path as served, e.g. `/api/governance/meetings/:id/convene` or `/hsds/services`. */
  path: string;
  handler: string;
  /** The permission (`api::service.service.find`, `admin::...`) users-permissions checks on a content-API route. */
  action: string | null;
  /** `api::service`, `plugin::workflows`, `admin`. */
  owner: string;
  kind: RouteKind;
  /** `app`: src/api or src/plugins; `strapi`: Strapi's admin panel and the plugins it ships. */
  origin: 'app' | 'strapi';
  /**
   * A caller must present a credential unless `auth` is `false`: a users-permissions token whose role holds
   * `action` (content-API), or an admin-panel session (admin type).
   */
  permissionChecked: boolean;
  policies: string[];
}

interface RouteInput {
  method: string;
  path: string;
  handler: unknown;
  config?: { auth?: false | { scope?: string[] }; policies?: unknown[]; prefix?: string };
}
interface RouterInput {
  type?: string;
  prefix?: string;
  routes?: RouteInput[];
}
interface Origin {
  owner: string;
  origin: 'app' | 'strapi';
  /** Prefix of a router that names none: '' for apis, `/<plugin>` for plugins, `/admin` for the admin. */
  defaultPrefix: string;
}

const policyName = (policy: unknown): string =>
  typeof policy === 'string'
    ? policy
    : typeof policy === 'object' && policy && 'name' in policy
      ? String((policy as { name: unknown }).name)
      : 'inline';

function collect(from: Origin, routers: RouterInput[], apiPrefix: string, out: ApiRoute[]): void {
  for (const router of routers) {
    const kind: RouteKind = (router.type ?? 'admin') === 'content-api' ? 'content-api' : 'admin';
    for (const route of router.routes ?? []) {
      const prefix =
        route.config && 'prefix' in route.config ? (route.config.prefix ?? '') : (router.prefix ?? from.defaultPrefix);
      out.push({
        method: route.method.toUpperCase(),
        path: `${kind === 'content-api' ? apiPrefix : ''}${prefix}${route.path}`,
        handler: typeof route.handler === 'string' ? route.handler : 'inline',
        action: route.config?.auth === false ? null : (route.config?.auth?.scope?.[0] ?? null),
        owner: from.owner,
        kind,
        origin: from.origin,
        permissionChecked: route.config?.auth !== false,
        policies: (route.config?.policies ?? []).map(policyName),
      });
    }
  }
}

/** Whether a plugin's code lives in this repository (src/plugins/...) rather than in node_modules. */
function isAppPlugin(strapi: Core.Strapi, name: string): boolean {
  const enabled = strapi.config.get('enabledPlugins', {}) as Record<string, { pathToPlugin?: string }>;
  const location = enabled[name]?.pathToPlugin;
  if (!location) return false;
  const relative = path.relative(strapi.dirs.app.root, path.resolve(strapi.dirs.app.root, location));
  return !relative.startsWith('..') && !relative.split(path.sep).includes('node_modules');
}

/**
 * Every route of every router Strapi registered (read after start-up, so routes added later are seen
 * without changing this file): the app's apis (always content-API), every plugin's routers of both kinds
 * (a plugin's plain route array is mounted as admin routes under `/<plugin>`), and Strapi's admin panel.
 */
export function registeredRoutes(strapi: Core.Strapi): ApiRoute[] {
  const apiPrefix = strapi.config.get('api.rest.prefix', '/api') as string;
  const out: ApiRoute[] = [];
  for (const [name, api] of Object.entries(strapi.apis)) {
    const routers = Object.values((api as { routes: Record<string, RouterInput> }).routes ?? {});
    collect(
      { owner: `api::${name}`, origin: 'app', defaultPrefix: '' },
      routers.map((r) => ({ ...r, type: 'content-api' })),
      apiPrefix,
      out
    );
  }
  for (const [name, plugin] of Object.entries(strapi.plugins)) {
    const routes = (plugin as { routes?: RouterInput['routes'] | Record<string, RouterInput> }).routes;
    if (!routes) continue;
    const routers: RouterInput[] = Array.isArray(routes) ? [{ type: 'admin', routes }] : Object.values(routes);
    const origin = isAppPlugin(strapi, name) ? 'app' : 'strapi';
    collect({ owner: `plugin::${name}`, origin, defaultPrefix: `/${name}` }, routers, apiPrefix, out);
  }
  const adminRouters = Object.values((strapi.admin as { routes?: Record<string, RouterInput> }).routes ?? {});
  collect({ owner: 'admin', origin: 'strapi', defaultPrefix: '/admin' }, adminRouters, apiPrefix, out);
  return out;
}

/** The content-API routes (under /api) of every api and plugin. */
export const contentApiRoutes = (strapi: Core.Strapi): ApiRoute[] =>
  registeredRoutes(strapi).filter((r) => r.kind === 'content-api');

/** What the app itself serves: its content-API routes and the admin-type routers of its own plugins (/hsds...). */
export const appRoutes = (strapi: Core.Strapi): ApiRoute[] =>
  registeredRoutes(strapi).filter((r) => r.kind === 'content-api' || r.origin === 'app');

/** Strapi's admin panel API and the admin routes of the plugins Strapi ships (content manager, upload, ...). */
export const strapiAdminRoutes = (strapi: Core.Strapi): ApiRoute[] =>
  registeredRoutes(strapi).filter((r) => r.kind === 'admin' && r.origin === 'strapi');
