import type { Core } from '@strapi/strapi';
import { toCsv, toXlsx } from '../responses/export-formats';
import type { ResponseFilters } from '../services/responses';
import { throwIssues, type BilingualIssue } from '../utils/errors';
import { getService } from '../utils/get-service';
import type { RequestUser } from '../utils/request-user';

interface Ctx {
  params: Record<string, string>;
  query: Record<string, unknown>;
  state: { user?: RequestUser };
  body: unknown;
  type: string;
  set(name: string, value: string): void;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const FORMATS = ['json', 'csv', 'xlsx'] as const;

/** Every parameter the route reads (read all, so that none is "never read"), checked: 400 naming the parameter. */
function parse(query: Record<string, unknown>) {
  const issues: BilingualIssue[] = [];
  const text = (name: string): string | undefined => {
    const value = query[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') issues.push({ path: name, it: 'deve essere un solo valore', en: 'must be a single value' });
    return typeof value === 'string' ? value : undefined;
  };
  const [format = 'json', version, from, to, comune, subject, q, page, pageSize] = [
    'format',
    'version',
    'from',
    'to',
    'comune',
    'subject',
    'q',
    'page',
    'pageSize',
  ].map(text);
  if (!(FORMATS as readonly string[]).includes(format))
    issues.push({ path: 'format', it: 'formato sconosciuto (json, csv o xlsx)', en: 'unknown format (json, csv or xlsx)' });
  const whole = (name: string, value: string | undefined, max: number) => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max)
      issues.push({
        path: name,
        it: `deve essere un numero intero da 1 a ${max}`,
        en: `must be a whole number from 1 to ${max}`,
      });
    return n;
  };
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value !== undefined && (!DATE.test(value) || Number.isNaN(Date.parse(value))))
      issues.push({ path: name, it: 'data non valida (AAAA-MM-GG)', en: 'invalid date (YYYY-MM-DD)' });
  }
  if (from && to && from > to)
    issues.push({ path: 'to', it: 'la data finale precede quella iniziale', en: 'the end date is before the start date' });
  for (const [name, value] of [
    ['comune', comune],
    ['subject', subject],
  ] as const) {
    if (value !== undefined && !DOCUMENT_ID.test(value))
      issues.push({ path: name, it: 'riferimento non valido', en: 'invalid reference' });
  }
  if (q !== undefined && q.length > 200) issues.push({ path: 'q', it: 'al massimo 200 caratteri', en: 'at most 200 characters' });
  const filters: ResponseFilters = { version: whole('version', version, 100000), from, to, comune, subject, q };
  const paging = { page: whole('page', page, 100000) ?? 1, pageSize: whole('pageSize', pageSize, 200) ?? 25 };
  if (issues.length > 0) throwIssues(issues);
  return { format: format as (typeof FORMATS)[number], filters, paging };
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** `GET /definitions/:key/responses?format=json|csv|xlsx&version=&from=&to=&comune=&subject=&q=&page=&pageSize=` */
  async find(ctx: Ctx) {
    const { format, filters, paging } = parse(ctx.query);
    const responses = getService(strapi, 'responses');
    const { columns, rows, truncated } = await responses.list(ctx.params.key, filters, ctx.state.user);
    if (format === 'json') {
      const start = (paging.page - 1) * paging.pageSize;
      ctx.body = {
        data: rows.slice(start, start + paging.pageSize),
        meta: {
          columns,
          truncated,
          pagination: {
            page: paging.page,
            pageSize: paging.pageSize,
            total: rows.length,
            pageCount: Math.ceil(rows.length / paging.pageSize),
          },
        },
      };
      return;
    }
    const table = responses.table(columns, rows);
    const name = `risposte-${ctx.params.key}`;
    ctx.set('Content-Disposition', `attachment; filename="${name}.${format}"`);
    if (format === 'xlsx') {
      ctx.type = XLSX;
      ctx.body = await toXlsx(table, 'Risposte');
    } else {
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = toCsv(table);
    }
  },
});
