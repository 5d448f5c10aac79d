import type { Core } from '@strapi/strapi';

/** path-to-regexp as @koa/router uses it (the same version, so the same grammar of route paths). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pathToRegexp } = require(require.resolve('path-to-regexp', { paths: [require.resolve('@koa/router')] })) as {
  pathToRegexp: (path: string, keys: unknown[], options: Record<string, unknown>) => RegExp;
};

interface Layer {
  path: unknown;
  methods: string[];
  regexp: RegExp;
  opts: Record<string, unknown>;
}
interface Ctx {
  path: string;
  method: string;
  status: number;
  body: unknown;
}

/** A percent-encoded character that never needs encoding (a letter, a digit, `-._~`): no route's spelling. */
const ENCODED_UNRESERVED = /%(?:3[0-9]|4[1-9A-F]|5[0-9A]|6[1-9A-F]|7[0-9A]|2D|2E|5F|7E)/i;

interface Matchers {
  /** What Strapi's router matches: case-insensitive, an optional trailing slash. */
  loose: RegExp[];
  /** The one spelling every middleware compares against: the route's path as written, nothing added. */
  exact: RegExp[];
}

function matchers(strapi: Core.Strapi): Matchers {
  // Catch-all routes (strapi::public's static files, `/((?!uploads/).+)`) match any path: left out.
  const probe = `/no-such-route-${Date.now()}/x`;
  const layers = (strapi.server.listRoutes() as Layer[]).filter(
    (layer) => typeof layer.path === 'string' && layer.methods.length > 0 && !layer.regexp.test(probe)
  );
  // A router's root route ('/' under a prefix, e.g. the HSDS API's `/hsds/`) is stored by the router as the bare
  // prefix: its canonical spellings are the prefix with and without the slash (the HSDS base URL ends in '/').
  const prefixes = new Set(
    Object.values(strapi.plugins as Record<string, { routes?: Record<string, { prefix?: string }> }>).flatMap((plugin) =>
      Object.values(plugin.routes ?? {})
        .map((router) => router?.prefix)
        .filter((prefix): prefix is string => typeof prefix === 'string' && prefix !== '')
    )
  );
  return {
    loose: layers.map((layer) => layer.regexp),
    exact: layers.flatMap((layer) => {
      const path = layer.path as string;
      const strict = (spelling: string) => pathToRegexp(spelling, [], { ...layer.opts, sensitive: true, strict: true });
      return prefixes.has(path) ? [strict(path), strict(`${path}/`)] : [strict(path)];
    }),
  };
}

/**
 * One spelling per route. Koa's router matches paths case-insensitively and with or without a trailing
 * slash (`/API/auth/local/` reaches the login), while the middlewares that guard routes (login throttle,
 * session revocation, upload checks, the admin's case-file guard) compare the path as written. A request
 * whose path the router would match only thanks to that leniency answers 404 here, first, before any of
 * them: so each guard sees exactly the spelling of the route it guards. Paths no route matches are left
 * alone (static files, the console, Strapi's own 404), except a doubled slash, which is no spelling of
 * anything. Percent-encoded letters in static segments match no route at all (the router compares the raw
 * path), so they are 404 already.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  let cached: Matchers | null = null;
  return async (ctx: Ctx, next: () => Promise<void>) => {
    // Routes are registered once the server is mounted; the first request reads them.
    cached ??= matchers(strapi);
    const path = ctx.path;
    // A doubled slash is no route's spelling (static files included): 404, whatever else the path says.
    const misspelled =
      path.includes('//') ||
      ENCODED_UNRESERVED.test(path) ||
      (cached.loose.some((regexp) => regexp.test(path)) && !cached.exact.some((regexp) => regexp.test(path)));
    if (misspelled) {
      ctx.status = 404;
      ctx.body = {
        data: null,
        error: {
          status: 404,
          name: 'NotFoundError',
          message:
            'Non trovato: indirizzo scritto in modo diverso da quello della risorsa / Not Found: the address is spelled differently from the resource',
          details: {},
        },
      };
      return;
    }
    await next();
  };
};
