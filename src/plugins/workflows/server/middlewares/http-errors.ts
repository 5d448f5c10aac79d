import { WorkflowHttpError } from '../utils/errors';

interface Ctx {
  status: number;
  body: unknown;
}

/**
 * Route middleware of every workflows route: a WorkflowHttpError (409, 422) is answered with its status
 * in Strapi's error shape `{ data: null, error: { status, name, message, details } }`; anything else goes
 * on to Strapi's error middleware.
 */
export async function httpErrors(ctx: Ctx, next: () => Promise<unknown>): Promise<void> {
  try {
    await next();
  } catch (error) {
    if (!(error instanceof WorkflowHttpError)) throw error;
    ctx.status = error.status;
    ctx.body = { data: null, error: { status: error.status, name: error.name, message: error.message, details: error.details } };
  }
}
