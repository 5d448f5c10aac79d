import type { DataProvider, GetListParams, RaRecord } from 'react-admin';
import type { ListQuery, ListResult, ObservatoryApi } from './observatoryApi';
import type { IndicatorValue } from './types';

/** The observatory's react-admin resources and the API list each reads. */
export const OBSERVATORY_LISTS = {
  'observatory-objectives': 'objectives',
  'observatory-indicators': 'indicators',
  'observatory-demographics': 'demographics',
} as const;
type ListResource = keyof typeof OBSERVATORY_LISTS;

const isListResource = (resource: string): resource is ListResource => resource in OBSERVATORY_LISTS;

function toQuery(params: Partial<GetListParams>): ListQuery {
  const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
  const field = params.sort?.field;
  return {
    page,
    pageSize: perPage,
    sort: field && field !== 'id' ? `${field}:${params.sort?.order === 'DESC' ? 'desc' : 'asc'}` : undefined,
    filters: params.filter,
  };
}

/** The server answered the whole list: show the requested page of it. */
function page<T>(result: ListResult<T>, params: Partial<GetListParams>): { data: T[]; total: number } {
  if (result.total !== undefined) return { data: result.data, total: result.total };
  const { page: current, perPage } = params.pagination ?? { page: 1, perPage: result.data.length };
  const start = (current - 1) * perPage;
  return { data: result.data.slice(start, start + perPage), total: result.data.length };
}

/**
 * A data provider that answers the observatory's resources from `/api/observatory/...` and passes
 * every other resource (comuni, areas for the filters) to `base`.
 */
export function observatoryDataProvider(base: DataProvider & ObservatoryApi): DataProvider {
  const list = (resource: ListResource, query: ListQuery): Promise<ListResult<RaRecord>> => {
    switch (OBSERVATORY_LISTS[resource]) {
      case 'objectives':
        return base.observatoryObjectives(query);
      case 'indicators':
        return base.observatoryIndicators(query);
      default:
        return base.observatoryDemographics(query);
    }
  };

  const one = async (resource: ListResource, id: string): Promise<RaRecord> => {
    switch (OBSERVATORY_LISTS[resource]) {
      case 'objectives':
        return base.observatoryObjective(id);
      case 'indicators':
        return base.observatoryIndicator(id);
      default: {
        // Demographic rows have no route of their own: found in the list.
        const rows = await base.observatoryDemographics({ pageSize: 1000 });
        const row = rows.data.find((r) => r.id === id);
        if (!row) throw Object.assign(new Error('ra.notification.item_doesnt_exist'), { status: 404 });
        return row;
      }
    }
  };

  return {
    ...base,
    async getList(resource, params) {
      if (!isListResource(resource)) return base.getList(resource, params);
      return page(await list(resource, toQuery(params)), params) as never;
    },
    async getOne(resource, params) {
      if (!isListResource(resource)) return base.getOne(resource, params);
      return { data: (await one(resource, String(params.id))) as never };
    },
    async getMany(resource, params) {
      if (!isListResource(resource)) return base.getMany(resource, params);
      return { data: (await Promise.all(params.ids.map((id) => one(resource, String(id))))) as never[] };
    },
    async getManyReference(resource, params) {
      if (!isListResource(resource)) return base.getManyReference(resource, params);
      const query = toQuery({ ...params, filter: { ...params.filter, [params.target]: params.id } });
      return page(await list(resource, query), params) as never;
    },
    async update(resource, params) {
      if (resource !== 'observatory-indicators') return base.update(resource, params);
      const values = ((params.data as { values?: IndicatorValue[] }).values ?? []).map((v) => ({
        year: Number(v.year),
        value: v.value === null || v.value === undefined || (v.value as unknown) === '' ? null : Number(v.value),
        source: v.source ?? null,
      }));
      return { data: (await base.observatoryUpdateIndicatorValues(String(params.id), values)) as never };
    },
  };
}
