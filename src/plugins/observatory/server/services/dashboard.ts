import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { throwIssues } from '../../../plugin-kit/errors';
import { NEEDS_BY_AREA } from '../../shared/needs';
import { createRefs } from '../data/refs';
import { districtOf } from './demographics';
import { createSql } from '../data/sql';
import { getService } from '../utils/get-service';

export interface DashboardFilters {
  from: number;
  to: number;
  area?: string;
  municipality?: string;
}

/** documentIds of the comuni counted (see data/comuni-scope.ts); undefined: the whole district. */
export type ComuniScope = string[] | undefined;

/**
 * The observatory of needs: segretariato intakes counted by need, comune and month, every count made
 * by the database (GROUP BY), never by loading submissions; with the area's indicator trends and the
 * population by age band of the comune (or of the district).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const refs = createRefs(strapi);

  /**
   * The intake forms: those the services' case paths fill on access (`caseForms` with purpose `accesso`), the UdP's
   * configuration rather than a form named here. Only submissions with an access date and needs are counted.
   */
  async function accessForms(): Promise<string[]> {
    const rows = (await strapi.db.query('api::service.service').findMany({ select: ['caseForms'] })) as { caseForms: unknown }[];
    const keys = new Set<string>();
    for (const row of rows) {
      for (const entry of Array.isArray(row.caseForms) ? row.caseForms : []) {
        if (entry && typeof entry.form === 'string' && entry.purpose === 'accesso') keys.add(entry.form);
      }
    }
    return [...keys];
  }

  async function intakes(filters: DashboardFilters, comuni: ComuniScope, needs: string[] | undefined) {
    const forms = await accessForms();
    const sql = createSql(strapi);
    const { knex } = sql;
    const formLink = sql.link('plugin::forms.submission', 'form');
    const base = (): Knex.QueryBuilder => {
      const query = knex(`${sql.table('plugin::forms.submission')} as s`)
        .join(`${formLink.name} as fl`, `fl.${formLink.own}`, 's.id')
        .join(`${sql.table('plugin::forms.form')} as f`, 'f.id', `fl.${formLink.other}`)
        .whereIn('f.key', forms.length ? forms : [''])
        .where(sql.answer('s.data', 'accessDate'), '>=', `${filters.from}-01-01`)
        .where(sql.answer('s.data', 'accessDate'), '<', `${filters.to + 1}-01-01`);
      if (comuni) query.whereRaw(`? IN (${comuni.map(() => '?').join(', ')})`, [sql.answer('s.data', 'municipality'), ...comuni]);
      if (needs) query.where((q) => needs.forEach((need) => q.orWhereRaw(sql.answerIncludes('s.data', 'needAreas', need))));
      return query;
    };
    const need = knex.raw('n.value');
    const needsJoin = sql.postgres
      ? knex.raw('CROSS JOIN LATERAL jsonb_array_elements_text(s.data->?::text) AS n(value)', ['needAreas'])
      : knex.raw('CROSS JOIN json_each(s.data, ?) AS n', ['$.needAreas']);
    const byNeedQuery = base().joinRaw(needsJoin.toQuery()).select({ need }).count({ count: '*' }).groupByRaw('1');
    if (needs) byNeedQuery.whereIn(need as never, needs);
    // Grouped by position: PostgreSQL would not see two bound copies of an expression as the same.
    const month = knex.raw('substr(?, 1, 7)', [sql.answer('s.data', 'accessDate')]);
    const comune = sql.answer('s.data', 'municipality');
    const [total, byNeed, byMonth, byComune] = await Promise.all([
      base().count({ count: '*' }).first(),
      byNeedQuery,
      base().select({ month }).count({ count: '*' }).groupByRaw('1').orderByRaw('1'),
      base().select({ municipality: comune }).count({ count: '*' }).groupByRaw('1'),
    ]);
    const names = (await strapi.db
      .query('api::municipality.municipality')
      .findMany({ select: ['documentId', 'name', 'istatCode'] })) as {
      documentId: string;
      name: string;
      istatCode: string;
    }[];
    const n = (v: unknown) => Number(v);
    return {
      total: n((total as { count: unknown } | undefined)?.count ?? 0),
      byNeed: (byNeed as { need: string; count: unknown }[])
        .map((r) => ({ need: r.need, count: n(r.count) }))
        .sort((a, b) => b.count - a.count || a.need.localeCompare(b.need)),
      byMonth: (byMonth as { month: string; count: unknown }[]).map((r) => ({ month: r.month, count: n(r.count) })),
      byMunicipality: (byComune as { municipality: string; count: unknown }[])
        .map((r) => {
          const m = names.find((x) => x.documentId === r.municipality);
          return { municipality: r.municipality, name: m?.name ?? null, istatCode: m?.istatCode ?? null, count: n(r.count) };
        })
        .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '')),
    };
  }

  return {
    accessForms,
    /** The dashboard over `comuni` (the caller's scope, the asked comune included; undefined: the district). */
    async summary(filters: DashboardFilters, comuni: ComuniScope) {
      if (filters.area && !(await refs.area(filters.area)))
        throwIssues([{ path: 'area', it: 'area sconosciuta', en: 'unknown area' }], ['query']);
      const needs = filters.area ? NEEDS_BY_AREA[filters.area] : undefined;
      const objectives = await getService(strapi, 'objectives').list({ area: filters.area });
      const population = await getService(strapi, 'demographics').list({});
      const latest = Math.max(0, ...population.data.map((r) => r.year));
      const rows = population.data.filter(
        (r) => r.year === latest && (!comuni || comuni.includes(r.municipality?.documentId ?? ''))
      );
      return {
        filters: { ...filters, needs: needs ?? null, municipalities: comuni ?? null },
        intakes: await intakes(filters, comuni, needs),
        indicators: objectives.flatMap((o) =>
          o.indicators.map((i) => ({
            objective: o.code,
            code: i.code,
            name: i.name,
            unit: i.unit,
            values: i.values.map((v) => ({ year: v.year, value: v.value })),
          }))
        ),
        // One comune: its row; several (an operator's): their sum; none: the district.
        population:
          comuni?.length === 1
            ? (rows[0] ?? null)
            : comuni
              ? (districtOf(rows)[0] ?? null)
              : (population.district.find((d) => d.year === latest) ?? null),
      };
    },
  };
};
