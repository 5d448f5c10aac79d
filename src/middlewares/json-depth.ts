import type { Core } from '@strapi/strapi';

const DEFAULT_MAX_DEPTH = 64;

/** Depth of nested objects and arrays, without recursion (a deep body must not blow the stack here). */
export function depthExceeds(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth > max) return true;
    for (const child of Object.values(current as Record<string, unknown>)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** A NUL character in any string or key: PostgreSQL cannot store or compare it (it answers an error). */
export function containsNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return true;
    } else if (current !== null && typeof current === 'object') {
      for (const [key, child] of Object.entries(current as Record<string, unknown>)) {
        if (key.includes('\u0000')) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

interface Ctx {
  url: string;
  path: string;
  status: number;
  body: unknown;
  request: { body?: unknown };
}

/**
 * Also refuses the NUL character anywhere in the URL or the body (400): PostgreSQL rejects it and the
 * request would end in a 500. Refuses a parsed body nested deeper than JSON_MAX_DEPTH (default 64) right after strapi::body, before
 * any recursive code (sanitisers, validators, the query engine) walks it: 400, nothing read or written.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const max = Number(process.env.JSON_MAX_DEPTH) || DEFAULT_MAX_DEPTH;
  return async (ctx: Ctx, next: () => Promise<void>) => {
    if (ctx.request.body && typeof ctx.request.body === 'object' && depthExceeds(ctx.request.body, max)) {
      strapi.log.warn(`Refused a request body nested deeper than ${max} on ${ctx.path}`);
      ctx.status = 400;
      ctx.body = {
        data: null,
        error: {
          status: 400,
          name: 'ValidationError',
          message: `Corpo della richiesta annidato oltre ${max} livelli / Request body nested deeper than ${max} levels`,
          details: {},
        },
      };
      return;
    }
    if (/%00/i.test(ctx.url) || ctx.url.includes('\u0000') || containsNul(ctx.request.body)) {
      ctx.status = 400;
      ctx.body = {
        data: null,
        error: {
          status: 400,
          name: 'ValidationError',
          message: 'La richiesta contiene il carattere NUL (U+0000) / The request contains the NUL character (U+0000)',
          details: {},
        },
      };
      return;
    }
    await next();
  };
};
