import type { PaginationPayload, SortPayload } from 'react-admin';
import { buildFilters, RELATION_FILTERS } from './buildFilters';
import { encodeQuery } from './encodeQuery';
import type { StrapiMeta } from './types';

/** What a read request may say about the list it wants; every part is optional. */
export interface QueryInput {
  pagination?: PaginationPayload;
  sort?: SortPayload;
  filter?: Record<string, unknown>;
  meta?: StrapiMeta;
}

/**
 * Builds the query string (without `?`) of a Strapi 5 read:
 * `pagination[page]`, `pagination[pageSize]`, `sort[0]=field:asc|desc`, `filters[...]`,
 * `populate` and `locale` from `meta`. Returns '' when there is nothing to say.
 */
export function buildQuery(input: QueryInput, relations: readonly string[] = RELATION_FILTERS): string {
  const { pagination, sort, filter, meta } = input;
  const filters = buildFilters(filter, relations);
  return encodeQuery({
    pagination: pagination ? { page: pagination.page, pageSize: pagination.perPage } : undefined,
    sort: sort?.field ? [`${sort.field}:${sort.order === 'DESC' ? 'desc' : 'asc'}`] : undefined,
    filters: Object.keys(filters).length > 0 ? filters : undefined,
    populate: meta?.populate,
    locale: meta?.locale,
  });
}

/** `url` followed by `?query` when the query is not empty. */
export function withQuery(url: string, query: string): string {
  return query ? `${url}?${query}` : url;
}
