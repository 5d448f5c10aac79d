import { errors } from '@strapi/utils';

interface Ctx {
  status: number;
  body: unknown;
}

/**
 * Route middleware of every forms route. The route's permission has passed when it runs; a 403 thrown
 * below it is the plugin's own (the form does not name the caller's role, the version was retired…) and
 * keeps its bilingual message. Without this, Strapi's authorize step, which wraps the controller, would
 * answer any ForbiddenError with a bare "Forbidden".
 */
export async function forbiddenReasons(ctx: Ctx, next: () => Promise<unknown>): Promise<void> {
  try {
    await next();
  } catch (error) {
    if (!(error instanceof errors.ForbiddenError) || error instanceof errors.PolicyError) throw error;
    ctx.status = 403;
    ctx.body = { data: null, error: { status: 403, name: error.name, message: error.message, details: error.details ?? {} } };
  }
}
