import { throwIssues, type BilingualIssue } from '../../../plugin-kit/errors';

/** The query parameters of the Open Referral HSDS 3.1 API, as one list endpoint reads them. */
export interface HsdsQuery {
  page: number;
  perPage: number;
  search?: string;
  format: 'json' | 'ndjson';
  taxonomyTermId?: string;
  taxonomyId?: string;
  organizationId?: string;
  modifiedAfter?: number;
  minimal: boolean;
  full: boolean;
  fullService: boolean;
  postcode?: string;
  topOnly: boolean;
  parentId?: string;
}

const MAX_PAGE = 100_000;
const MAX_PER_PAGE = 200;
const BOOLEAN: Record<string, boolean> = { true: true, '1': true, false: false, '0': false };

/**
 * Reads every standard parameter; a value of the wrong kind answers 400 naming it (the query
 * middleware refuses parameters no endpoint reads). `proximity` needs coordinates the catalogue does not
 * hold: accepted and ignored, as the specification lets an API do with a filter it cannot apply.
 */
export function readHsdsQuery(query: Record<string, unknown>): HsdsQuery {
  const issues: BilingualIssue[] = [];
  const text = (name: string, max = 200): string | undefined => {
    const raw = query[name];
    if (raw === undefined || raw === '') return undefined;
    if (typeof raw !== 'string' || raw.length > max) {
      issues.push({ path: name, it: `testo di al massimo ${max} caratteri`, en: `text of at most ${max} characters` });
      return undefined;
    }
    return raw.trim();
  };
  const whole = (name: string, fallback: number, max: number) => {
    const raw = query[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (typeof raw !== 'string' || !/^\d+$/.test(raw) || value < 1 || value > max) {
      issues.push({ path: name, it: `intero tra 1 e ${max}`, en: `whole number between 1 and ${max}` });
      return fallback;
    }
    return value;
  };
  const flag = (name: string) => {
    const raw = query[name];
    if (raw === undefined || raw === '') return false;
    if (typeof raw !== 'string' || !(raw in BOOLEAN)) {
      issues.push({ path: name, it: 'vero o falso (true, false)', en: 'true or false' });
      return false;
    }
    return BOOLEAN[raw];
  };
  const format = text('format') ?? 'json';
  if (format !== 'json' && format !== 'ndjson')
    issues.push({ path: 'format', it: 'formato json o ndjson', en: 'format json or ndjson' });
  const modified = text('modified_after');
  const modifiedAfter = modified === undefined ? undefined : Date.parse(modified);
  if (modifiedAfter !== undefined && Number.isNaN(modifiedAfter))
    issues.push({
      path: 'modified_after',
      it: 'data e ora ISO 8601, es. 2026-01-31T00:00:00Z',
      en: 'ISO 8601 date-time, e.g. 2026-01-31T00:00:00Z',
    });
  text('proximity');
  const parsed: HsdsQuery = {
    page: whole('page', 1, MAX_PAGE),
    perPage: whole('per_page', 50, MAX_PER_PAGE),
    search: text('search'),
    format: format === 'ndjson' ? 'ndjson' : 'json',
    taxonomyTermId: text('taxonomy_term_id'),
    taxonomyId: text('taxonomy_id'),
    organizationId: text('organization_id'),
    modifiedAfter,
    minimal: flag('minimal'),
    full: flag('full'),
    fullService: flag('full_service'),
    postcode: text('postcode', 20),
    topOnly: flag('top_only'),
    parentId: text('parent_id'),
  };
  if (issues.length > 0) throwIssues(issues, ['query']);
  return parsed;
}

/** Case- and accent-insensitive "contains", for `search`. */
export function matches(search: string | undefined, ...texts: (string | null | undefined)[]): boolean {
  if (!search) return true;
  const fold = (value: string) =>
    value
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const needle = fold(search);
  return texts.some((t) => typeof t === 'string' && fold(t).includes(needle));
}

/** One HSDS page (the specification's Page object: `size` is the number of items returned). */
export function pageOf<T>(items: T[], query: Pick<HsdsQuery, 'page' | 'perPage'>) {
  const totalPages = Math.max(1, Math.ceil(items.length / query.perPage));
  const contents = items.slice((query.page - 1) * query.perPage, query.page * query.perPage);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: query.page,
    size: contents.length,
    first_page: query.page === 1,
    last_page: query.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
