import type { Core } from '@strapi/strapi';
import { issueDetail } from '../plugins/plugin-kit/errors';

interface Ctx {
  method: string;
  path: string;
  status: number;
  body: unknown;
  querystring: string;
  request: { query: Record<string, unknown>; _querycache?: Record<string, unknown> };
}
interface Config {
  /** Path prefixes of the app's routes: the content API and the app's own routers outside it (/hsds). */
  paths?: string[];
}

/** The parsed query string, recording which top-level parameters anything asked for. */
function tracked(query: Record<string, unknown>, used: Set<string>): Record<string, unknown> {
  return new Proxy(query, {
    get(target, key, receiver) {
      if (typeof key === 'string') used.add(key);
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      if (typeof key === 'string') used.add(key);
      return Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key === 'string') used.add(key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    // Enumerating the parameters (spreading them, validating them all) counts as reading each of them.
    ownKeys(target) {
      for (const key of Object.keys(target)) used.add(key);
      return Reflect.ownKeys(target);
    },
  });
}

/**
 * Unknown top-level query parameters answer 400 on every read route of the app, core and custom alike.
 * Core routes already refuse them (`api.rest.strictParams`); a custom controller reads the parameters it
 * knows (`ctx.query.view`), so a parameter the route never looked at is one it does not accept: the
 * answer becomes a 400 naming it, whatever its value — `filters[createdBy][password]...` on a route that
 * has no filters tells nothing. Reads only (GET): a write with an unknown parameter is not undone here.
 */
export default (config: Config, _ctx: { strapi: Core.Strapi }) => {
  const paths = config.paths ?? ['/api/'];
  return async (ctx: Ctx, next: () => Promise<void>) => {
    if (ctx.method !== 'GET' || !ctx.querystring || !paths.some((prefix) => ctx.path.startsWith(prefix))) return next();
    const query = ctx.request.query;
    const used = new Set<string>();
    const cache = ctx.request._querycache;
    if (!cache || cache[ctx.querystring] !== query) return next();
    cache[ctx.querystring] = tracked(query, used);
    await next();
    if (ctx.status >= 400) return;
    const unknown = Object.keys(query)
      .filter((key) => !used.has(key))
      .sort();
    if (unknown.length === 0) return;
    const body = ctx.body as { destroy?: () => void } | null;
    if (body && typeof body.destroy === 'function') body.destroy();
    const details = unknown.map((key) =>
      issueDetail([key], 'parametro non accettato da questa risorsa', 'parameter not accepted by this resource')
    );
    ctx.status = 400;
    ctx.body = {
      data: null,
      error: {
        status: 400,
        name: 'ValidationError',
        message: `Parametri non accettati: ${unknown.join(', ')} / Parameters not accepted: ${unknown.join(', ')}`,
        details: { errors: details },
      },
    };
  };
};
