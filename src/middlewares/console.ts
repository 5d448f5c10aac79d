import path from 'node:path';
import fs from 'node:fs';
import send from 'koa-send';
import type { Core } from '@strapi/strapi';

const PREFIX = '/console';

/**
 * The console's own policy. 'unsafe-eval' is there for one reason: the forms engine compiles each form's
 * validator with ajv (generated code) in the browser, the same validator the server runs. No inline scripts.
 */
const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the built react-admin console (admin/dist) under /console, with index.html for the
 * console's own routes, so the API and the console share one process and one port.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const root = path.join(strapi.dirs.app.root, 'admin', 'dist');
  return async (
    ctx: {
      path: string;
      method: string;
      redirect(url: string): void;
      status: number;
      body: unknown;
      type: string;
      set(h: string, v: string): void;
    },
    next: () => Promise<void>
  ) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    if (ctx.path === PREFIX) return ctx.redirect(`${PREFIX}/`);
    if (!ctx.path.startsWith(`${PREFIX}/`)) return next();
    ctx.set('Content-Security-Policy', CONSOLE_CSP);
    if (!fs.existsSync(path.join(root, 'index.html'))) {
      ctx.status = 503;
      ctx.type = 'text/plain';
      ctx.body = 'Console non compilata: eseguire `npm run build` / Console not built: run `npm run build`';
      return;
    }
    const relative = ctx.path.slice(PREFIX.length + 1);
    const isAsset =
      relative !== '' && fs.existsSync(path.join(root, relative)) && fs.statSync(path.join(root, relative)).isFile();
    if (isAsset && relative.startsWith('assets/')) ctx.set('Cache-Control', 'public, max-age=31536000, immutable');
    await send(ctx as never, isAsset ? relative : 'index.html', { root });
  };
};
