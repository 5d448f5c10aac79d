import type { RequestUser } from '../utils/request-user';

/** The part of Koa's context the controllers use. */
export interface Ctx {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  state: { user?: RequestUser };
  body: unknown;
  status: number;
}
