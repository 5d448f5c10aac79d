import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';

interface Ctx {
  method: string;
  path: string;
  status: number;
  body: unknown;
  type: string;
  fresh: boolean;
  state: { user?: unknown; auth?: { credentials?: unknown } };
  get(header: string): string;
  set(header: string, value: string): void;
  vary(header: string): void;
}
interface Config {
  /** Path prefixes of the public reads: the content API, the app's own routers outside it (/hsds), the citizens' pages (/catalogo). */
  paths?: string[];
}

/** A JSON answer (not a file, a stream or a buffer). */
const isJson = (body: unknown): body is object =>
  body !== null && typeof body === 'object' && !Buffer.isBuffer(body) && typeof (body as { pipe?: unknown }).pipe !== 'function';

/** A page or a stylesheet already rendered as text (the citizens' catalogue). */
const isText = (body: unknown): body is string => typeof body === 'string';

/**
 * Cache headers of the API's JSON reads, and of the citizens' catalogue pages (HTML and CSS, as text). A public read (no user, no token: the citizens' catalogue, HSDS)
 * gets an ETag and `Cache-Control: public, max-age=0, must-revalidate`, so a browser or a proxy asks again
 * each time and gets `304 Not Modified` without the body when nothing changed (an edit shows at once);
 * `Vary: Authorization` keeps it apart from a signed-in answer. A signed-in read may hold personal data:
 * `private, no-store`.
 */
export default (config: Config, _ctx: { strapi: Core.Strapi }) => {
  const paths = config.paths ?? ['/api/'];
  return async (ctx: Ctx, next: () => Promise<void>) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !paths.some((prefix) => ctx.path.startsWith(prefix))) return next();
    await next();
    ctx.vary('Authorization');
    if (ctx.status !== 200 || !(isJson(ctx.body) || isText(ctx.body))) return;
    if (ctx.state.user || ctx.state.auth?.credentials || ctx.get('Authorization')) {
      ctx.set('Cache-Control', 'private, no-store');
      return;
    }
    const text = isText(ctx.body) ? ctx.body : JSON.stringify(ctx.body);
    ctx.set('ETag', `W/"${createHash('sha1').update(text).digest('base64url')}"`);
    ctx.set('Cache-Control', 'public, max-age=0, must-revalidate');
    if (ctx.fresh) {
      ctx.status = 304;
      ctx.body = null;
      return;
    }
    if (isText(ctx.body)) return;
    ctx.type = 'application/json';
    ctx.body = text;
  };
};
