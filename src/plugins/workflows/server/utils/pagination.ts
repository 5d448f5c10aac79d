import { throwIssues } from './errors';

export interface Page {
  page: number;
  pageSize: number;
}

export interface Paginated<T> {
  data: T[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

/** `?page=&pageSize=` as Strapi reads them (defaults 1 and 25, at most 200 a page). */
export function pageOf(query: Record<string, unknown>): Page {
  const page = query.page === undefined ? 1 : Number(query.page);
  const pageSize = query.pageSize === undefined ? 25 : Number(query.pageSize);
  const issues = [];
  if (!Number.isInteger(page) || page < 1)
    issues.push({ path: 'page', it: 'numero di pagina non valido', en: 'invalid page number' });
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 200) {
    issues.push({ path: 'pageSize', it: 'da 1 a 200 elementi per pagina', en: 'from 1 to 200 items a page' });
  }
  if (issues.length > 0) throwIssues(issues);
  return { page, pageSize };
}

export function paginated<T>(data: T[], page: Page, total: number): Paginated<T> {
  return { data, meta: { pagination: { ...page, pageCount: Math.ceil(total / page.pageSize), total } } };
}

/** A query-string filter that must be one string (`?state=a&state=b` is refused). */
export function stringParam(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throwIssues([{ path: name, it: 'deve essere un testo', en: 'must be text' }]);
  return value;
}
