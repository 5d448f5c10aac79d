import type { Core } from '@strapi/strapi';

interface Ctx {
  method: string;
  path: string;
  status: number;
  ip: string;
  query: Record<string, unknown>;
  state: { user?: { id?: number; username?: string; firstname?: string; role?: { type?: string } }; route?: { path?: string } };
  _matchedRoute?: string;
}

/** Top-level names of the query string (`filters`, `sort`, `_q`...), never their values. */
const parameterNames = (query: Record<string, unknown>): string => Object.keys(query).sort().join(',') || '-';

/** Who made the request, by account id and username (an admin-panel account by id only: its login is its e-mail). */
export function actorOf(ctx: Pick<Ctx, 'state' | 'path'>): string {
  const user = ctx.state.user;
  if (!user?.id) return 'anonymous';
  if (typeof user.username !== 'string') return `admin#${user.id}`;
  return `user#${user.id} ${user.username} (${user.role?.type ?? 'authenticated'})`;
}

/**
 * Replaces `strapi::logger`, which writes the whole URL: a query string can hold personal data (a fiscal
 * code in a filter, a name in `_q`). One line per request with method, path (documentIds only), the names
 * of the query parameters, status and time; at `warn` level, a refused access (401, 403) with who and which
 * route. Bodies, query values and headers are never written.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Ctx, next: () => Promise<void>) => {
    const start = Date.now();
    try {
      await next();
    } finally {
      const line = `${ctx.method} ${ctx.path} [${parameterNames(ctx.query ?? {})}] (${Math.ceil(Date.now() - start)} ms) ${ctx.status}`;
      if (ctx.status === 401 || ctx.status === 403) {
        const route = ctx._matchedRoute ?? ctx.state.route?.path ?? '-';
        strapi.log.warn(
          `Access refused ${ctx.status}: ${ctx.method} ${ctx.path} route=${route} by ${actorOf(ctx)} from ${ctx.ip} query=[${parameterNames(ctx.query ?? {})}]`
        );
      } else {
        strapi.log.http(line);
      }
    }
  };
