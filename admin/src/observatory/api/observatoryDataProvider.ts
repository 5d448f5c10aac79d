import type { DataProvider, GetListParams, RaRecord } from 'react-admin';
import type { ListQuery, ListResult, ObservatoryApi } from './observatoryApi';
import { demographicPayload } from '../forms/demographicForm';
import { indicatorPayload } from '../forms/indicatorForm';
import { objectivePayload } from '../forms/objectiveForm';

/** The observatory's react-admin resources and the API list each reads. */
export const OBSERVATORY_LISTS = {
  'observatory-objectives': 'objectives',
  'observatory-indicators': 'indicators',
  'observatory-demographics': 'demographics',
} as const;
type ListResource = keyof typeof OBSERVATORY_LISTS;

const isListResource = (resource: string): resource is ListResource => resource in OBSERVATORY_LISTS;

/** react-admin's filter → the API's query parameters (a period `2015-2017` becomes `from`/`to`). */
export function toQuery(params: Partial<GetListParams>): ListQuery {
  const { period, ...filters } = (params.filter ?? {}) as Record<string, unknown>;
  const years = typeof period === 'string' ? /^(\d{4})-(\d{4})$/.exec(period) : null;
  return { filters: years ? { ...filters, from: years[1], to: years[2] } : filters };
}

/** A field's value for sorting: references by name, numbers as numbers, the rest as text. */
function sortValue(record: RaRecord, field: string): string | number {
  const value = record[field] as unknown;
  if (value && typeof value === 'object' && 'name' in value) return String((value as { name: unknown }).name);
  return typeof value === 'number' ? value : String(value ?? '');
}

/**
 * The requested page of a list. The observatory answers its short lists whole: sorted and paged here
 * (only the order of rows changes, no figure is computed in the browser).
 */
export function page<T extends RaRecord>(result: ListResult<T>, params: Partial<GetListParams>): { data: T[]; total: number } {
  if (result.total !== undefined) return { data: result.data, total: result.total };
  let rows = result.data;
  const field = params.sort?.field;
  if (field && field !== 'id') {
    const direction = params.sort?.order === 'DESC' ? -1 : 1;
    rows = [...rows].sort((a, b) => {
      const x = sortValue(a, field);
      const y = sortValue(b, field);
      return direction * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'it'));
    });
  }
  const { page: current, perPage } = params.pagination ?? { page: 1, perPage: rows.length };
  const start = (current - 1) * perPage;
  return { data: rows.slice(start, start + perPage), total: rows.length };
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
      default:
        return base.observatoryDemographic(id);
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
      return page(
        await list(resource, toQuery({ ...params, filter: { ...params.filter, [params.target]: params.id } })),
        params
      ) as never;
    },
    async create(resource, params) {
      if (!isListResource(resource)) return base.create(resource, params);
      const data = params.data as Record<string, unknown>;
      switch (OBSERVATORY_LISTS[resource]) {
        case 'objectives':
          return { data: (await base.observatoryCreateObjective(objectivePayload(data))) as never };
        case 'indicators':
          return { data: (await base.observatoryCreateIndicator(indicatorPayload(data))) as never };
        default:
          return { data: (await base.observatoryCreateDemographic(demographicPayload(data))) as never };
      }
    },
    /** The forms hold the server's field names (see ../forms): each write sends the whole form, checked by the server. */
    async update(resource, params) {
      if (!isListResource(resource)) return base.update(resource, params);
      const id = String(params.id);
      const data = params.data as Record<string, unknown>;
      switch (OBSERVATORY_LISTS[resource]) {
        case 'objectives':
          return { data: (await base.observatoryUpdateObjective(id, objectivePayload(data))) as never };
        case 'indicators':
          return { data: (await base.observatoryUpdateIndicator(id, indicatorPayload(data))) as never };
        default:
          return { data: (await base.observatoryUpdateDemographic(id, demographicPayload(data))) as never };
      }
    },
  };
}
