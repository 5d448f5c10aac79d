import type { Core } from '@strapi/strapi';

/** One content-API route as Strapi registered it, with what protects it. */
export interface ApiRoute {
  method: string;
  /** Full path as served, e.g. `/api/governance/meetings/:id/convene`. */
  path: string;
  handler: string;
  /** The users-permissions action (`api::service.service.find`) a role must hold to call it. */
  action: string | null;
  /** `api::service` or `plugin::workflows`. */
  owner: string;
  /** users-permissions checks the caller's permission unless `auth` is `false`. */
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

const policyName = (policy: unknown): string =>
  typeof policy === 'string' ? policy : typeof policy === 'object' && policy && 'name' in policy ? String((policy as { name: unknown }).name) : 'inline';

function collect(owner: string, routers: RouterInput[], defaultPrefix: string, out: ApiRoute[]): void {
  const apiPrefix = strapiRestPrefix;
  for (const router of routers) {
    if ((router.type ?? 'admin') !== 'content-api') continue;
    for (const route of router.routes ?? []) {
      const prefix = route.config && 'prefix' in route.config ? route.config.prefix ?? '' : router.prefix ?? defaultPrefix;
      out.push({
        method: route.method.toUpperCase(),
        path: `${apiPrefix}${prefix}${route.path}`,
        handler: typeof route.handler === 'string' ? route.handler : 'inline',
        action: route.config?.auth === false ? null : route.config?.auth?.scope?.[0] ?? null,
        owner,
        permissionChecked: route.config?.auth !== false,
        policies: (route.config?.policies ?? []).map(policyName),
      });
    }
  }
}

let strapiRestPrefix = '/api';

/**
 * Every content-API route of every api and plugin, read from what Strapi registered (after start-up),
 * so routes added later are seen without changing this file.
 */
export function contentApiRoutes(strapi: Core.Strapi): ApiRoute[] {
  strapiRestPrefix = strapi.config.get('api.rest.prefix', '/api') as string;
  const out: ApiRoute[] = [];
  for (const [name, api] of Object.entries(strapi.apis)) {
    const routers = Object.values((api as unknown as { routes: Record<string, RouterInput> }).routes ?? {});
    collect(`api::${name}`, routers.map((r) => ({ ...r, type: 'content-api' })), '', out);
  }
  for (const [name, plugin] of Object.entries(strapi.plugins)) {
    const routes = (plugin as unknown as { routes: RouterInput[] | Record<string, RouterInput> }).routes;
    if (!routes || Array.isArray(routes)) continue; // an array is mounted as admin routes
    collect(`plugin::${name}`, Object.values(routes), `/${name}`, out);
  }
  return out;
}
