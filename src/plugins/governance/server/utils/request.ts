import { bodyData } from '../../../plugin-kit/request';
import { throwIssues } from './errors';

export { bodyData };
import type { RequestUser } from './request-user';

/** The part of Koa's context the controllers use. */
export interface Ctx {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: Record<string, unknown>; files?: Record<string, unknown> };
  state: { user?: RequestUser };
  body: unknown;
  status: number;
  type: string;
  set(field: string, value: string): void;
}

/** An optional `data` object (actions such as publish take none or a few optional keys). */
export function optionalData(ctx: Ctx, allowed: string[]): Record<string, unknown> {
  const data = ctx.request.body?.data;
  if (data === undefined || data === null) return {};
  return bodyData(ctx, allowed);
}

/** A query parameter as a single string (arrays and objects refused with a 400). */
export function queryString(ctx: Ctx, name: string): string | undefined {
  const value = ctx.query[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string')
    throwIssues([{ path: name, it: 'un solo valore testuale', en: 'a single text value' }], ['query']);
  return value;
}

/** Page and size of a list: `pagination[page]`, `pagination[pageSize]` (at most 200). */
export function pagination(ctx: Ctx): { page: number; pageSize: number } {
  const raw = (ctx.query.pagination ?? {}) as Record<string, unknown>;
  const page = raw.page === undefined ? 1 : Number(raw.page);
  const pageSize = raw.pageSize === undefined ? 100 : Number(raw.pageSize);
  const issues = [];
  if (!Number.isInteger(page) || page < 1)
    issues.push({ path: 'pagination.page', it: 'intero da 1 in su', en: 'whole number from 1' });
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 200) {
    issues.push({ path: 'pagination.pageSize', it: 'intero tra 1 e 200', en: 'whole number between 1 and 200' });
  }
  if (issues.length > 0) throwIssues(issues, ['query']);
  return { page, pageSize };
}

/** `{ data, meta.pagination }` as Strapi's REST lists answer, for one page of `all`. */
export function paged<T>(all: T[], { page, pageSize }: { page: number; pageSize: number }) {
  return {
    data: all.slice((page - 1) * pageSize, page * pageSize),
    meta: { pagination: { page, pageSize, pageCount: Math.max(1, Math.ceil(all.length / pageSize)), total: all.length } },
  };
}
