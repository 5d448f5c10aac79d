import { throwIssues } from '../../../plugin-kit/errors';
import type { RequestUser } from '../../../plugin-kit/request-user';

export { bodyData } from '../../../plugin-kit/request';

/** The part of Koa's context the controllers use. */
export interface Ctx {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: Record<string, unknown> };
  state: { user?: RequestUser };
  body: unknown;
  status: number;
  type: string;
  protocol?: string;
  host?: string;
  set(field: string, value: string): void;
}

/** A query parameter as a single string (arrays and objects refused with a 400). */
export function queryString(ctx: Ctx, name: string): string | undefined {
  const value = ctx.query[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string')
    throwIssues([{ path: name, it: 'un solo valore testuale', en: 'a single text value' }], ['query']);
  return value;
}

/** A year from the query or URL (1900-2100), or undefined when absent. */
export function queryYear(ctx: Ctx, name: string, raw: unknown = ctx.query[name]): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (typeof raw !== 'string' || !Number.isInteger(value) || value < 1900 || value > 2100)
    throwIssues([{ path: name, it: 'anno non valido (1900-2100)', en: 'invalid year (1900-2100)' }], ['query']);
  return value;
}

/** `from`/`to` years: both within 1900-2100, `to` not before `from`, at most 30 years apart. */
export function yearRange(ctx: Ctx, fallback?: { from: number; to: number }): { from: number; to: number } {
  const given = queryYear(ctx, 'from');
  const from = given ?? fallback?.from;
  // `from` alone means that one year.
  const to = queryYear(ctx, 'to') ?? (given !== undefined ? given : fallback?.to);
  if (from === undefined || to === undefined)
    throwIssues([{ path: 'from', it: 'indicare il periodo (from, to)', en: 'give the period (from, to)' }], ['query']);
  if (to < from) throwIssues([{ path: 'to', it: 'non può precedere from', en: 'cannot precede from' }], ['query']);
  if (to - from > 30) throwIssues([{ path: 'to', it: 'al massimo 30 anni', en: 'at most 30 years' }], ['query']);
  return { from, to };
}

/** One value of an enumeration from the query (400 naming the allowed values otherwise). */
export function queryEnum<T extends string>(ctx: Ctx, name: string, values: readonly T[], fallback?: T): T | undefined {
  const value = queryString(ctx, name);
  if (value === undefined) return fallback;
  if (!values.includes(value as T))
    throwIssues([{ path: name, it: `valore tra ${values.join(', ')}`, en: `value among ${values.join(', ')}` }], ['query']);
  return value as T;
}
