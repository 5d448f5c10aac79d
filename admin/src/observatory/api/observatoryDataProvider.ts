import type { DataProvider, GetListParams, RaRecord } from 'react-admin';
import type { ListQuery, ListResult, ObservatoryApi } from './observatoryApi';
import type { Indicator, IndicatorValue } from './types';

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

/** The yearly values the user added or changed, ready to send one by one. */
export function changedValues(before: IndicatorValue[], after: Partial<IndicatorValue>[]): IndicatorValue[] {
  const previous = new Map(before.map((v) => [v.year, v]));
  return after
    .filter((v) => v.year !== undefined && v.year !== null && v.value !== undefined && v.value !== null && (v.value as unknown) !== '')
    .map((v) => ({ year: Number(v.year), value: Number(v.value), source: v.source ?? '', note: v.note ?? null }))
    .filter((v) => {
      const old = previous.get(v.year);
      return !old || old.value !== v.value || (old.source ?? '') !== v.source || (old.note ?? null) !== v.note;
    });
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
        const rows = await base.observatoryDemographics({});
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
      return page(await list(resource, toQuery({ ...params, filter: { ...params.filter, [params.target]: params.id } })), params) as never;
    },
    async update(resource, params) {
      if (resource !== 'observatory-indicators') return base.update(resource, params);
      const previous = (params.previousData as Indicator | undefined)?.values ?? [];
      const changes = changedValues(previous, ((params.data as { values?: Partial<IndicatorValue>[] }).values ?? []));
      let indicator: Indicator | undefined;
      // One PUT per year: the server validates and stores each value with its source.
      for (const value of changes) indicator = await base.observatorySetIndicatorValue(String(params.id), value);
      return { data: (indicator ?? (await base.observatoryIndicator(String(params.id)))) as never };
    },
  };
}
