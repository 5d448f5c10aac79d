import type { DataProvider, Identifier, RaRecord } from 'react-admin';
import { buildQuery, withQuery } from './buildQuery';
import { RELATION_FILTERS } from './buildFilters';
import { fromStrapi } from './fromStrapi';
import { toWritePayload } from './toWritePayload';
import type { HttpClient, StrapiListResponse, StrapiMeta, StrapiSingleResponse } from './types';

/** Strapi answers at most this many documents per page (its default `api.rest.maxLimit`). */
const MAX_PAGE_SIZE = 100;

/** Ambito's content types with i18n (one version per locale). */
export const LOCALIZED_RESOURCES: readonly string[] = ['services', 'areas', 'funding-sources', 'measures'];

export interface StrapiDataProviderOptions {
  /** Filter keys that are relations (compared by documentId); defaults to the console's relations. */
  relations?: readonly string[];
  /**
   * Localized resources: deleting one of their documents deletes all its languages (`locale=*`;
   * without it Strapi deletes the default locale only and leaves the translations behind), unless
   * `meta.locale` names one.
   */
  localized?: readonly string[];
}

/**
 * A react-admin data provider for Strapi 5's REST API (`/api/<plural>`): react-admin's `id` is
 * Strapi's `documentId`, `meta.populate` and `meta.locale` pass through, writes send
 * `{ data }` without read-only keys and with relations as documentIds.
 *
 * @param apiUrl base of the REST API, e.g. `/api`
 * @param httpClient sends the requests (authentication, error mapping); see ./httpClient
 */
export function strapiDataProvider(
  apiUrl: string,
  httpClient: HttpClient,
  options: StrapiDataProviderOptions = {}
): DataProvider {
  const relations = options.relations ?? RELATION_FILTERS;
  const localized = options.localized ?? LOCALIZED_RESOURCES;
  const collectionUrl = (resource: string) => `${apiUrl}/${resource}`;
  const documentUrl = (resource: string, id: Identifier) => `${apiUrl}/${resource}/${encodeURIComponent(String(id))}`;
  const metaQuery = (meta: StrapiMeta | undefined) =>
    buildQuery({ meta: { populate: meta?.populate, locale: meta?.locale } }, relations);

  const list = async (resource: string, query: string) => {
    const { json } = await httpClient(withQuery(collectionUrl(resource), query));
    const { data, meta } = json as StrapiListResponse;
    return { data: data.map(fromStrapi), total: meta.pagination.total };
  };

  const readOne = async (resource: string, id: Identifier, meta: StrapiMeta | undefined) => {
    const { json } = await httpClient(withQuery(documentUrl(resource, id), metaQuery(meta)));
    return fromStrapi((json as StrapiSingleResponse).data);
  };

  const write = async (method: 'POST' | 'PUT', url: string, values: Record<string, unknown>) => {
    const { json } = await httpClient(url, { method, body: JSON.stringify({ data: toWritePayload(values) }) });
    return fromStrapi((json as StrapiSingleResponse).data);
  };

  const remove = (resource: string, id: Identifier, meta: StrapiMeta | undefined) => {
    const locale = meta?.locale ?? (localized.includes(resource) ? '*' : undefined);
    return httpClient(withQuery(documentUrl(resource, id), metaQuery({ locale })), { method: 'DELETE' });
  };

  return {
    async getList(resource, params) {
      const query = buildQuery(
        { pagination: params.pagination, sort: params.sort, filter: params.filter, meta: params.meta },
        relations
      );
      return list(resource, query) as Promise<{ data: never[]; total: number }>;
    },

    async getOne(resource, params) {
      const meta = params.meta as StrapiMeta | undefined;
      try {
        return { data: (await readOne(resource, params.id, meta)) as never };
      } catch (error) {
        const fallback = meta?.fallbackLocale;
        if (!isNotFound(error) || !fallback || fallback === meta?.locale) throw error;
        return { data: (await readOne(resource, params.id, { ...meta, locale: fallback })) as never };
      }
    },

    async getMany(resource, params) {
      const ids = [...new Set(params.ids.map(String))];
      const pages = chunk(ids, MAX_PAGE_SIZE).map((page) =>
        list(
          resource,
          buildQuery({ pagination: { page: 1, perPage: page.length }, filter: { id: page }, meta: params.meta }, relations)
        )
      );
      const data = (await Promise.all(pages)).flatMap((page) => page.data);
      return { data: data as never[] };
    },

    async getManyReference(resource, params) {
      const query = buildQuery(
        {
          pagination: params.pagination,
          sort: params.sort,
          filter: { ...params.filter, [params.target]: params.id },
          meta: params.meta,
        },
        [...relations, params.target]
      );
      return list(resource, query) as Promise<{ data: never[]; total: number }>;
    },

    async create(resource, params) {
      const url = withQuery(collectionUrl(resource), metaQuery(params.meta));
      return { data: (await write('POST', url, params.data as Record<string, unknown>)) as never };
    },

    async update(resource, params) {
      const url = withQuery(documentUrl(resource, params.id), metaQuery(params.meta));
      return { data: (await write('PUT', url, params.data as Record<string, unknown>)) as never };
    },

    async updateMany(resource, params) {
      const url = (id: Identifier) => withQuery(documentUrl(resource, id), metaQuery(params.meta));
      const updated = await Promise.all(params.ids.map((id) => write('PUT', url(id), params.data as Record<string, unknown>)));
      return { data: updated.map((record: RaRecord) => record.id) as never[] };
    },

    async delete(resource, params) {
      await remove(resource, params.id, params.meta);
      return { data: (params.previousData ?? { id: params.id }) as never };
    },

    async deleteMany(resource, params) {
      await Promise.all(params.ids.map((id) => remove(resource, id, params.meta)));
      return { data: params.ids as never[] };
    },
  };
}

function isNotFound(error: unknown): boolean {
  return !!error && typeof error === 'object' && (error as { status?: unknown }).status === 404;
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
