import type { Core } from '@strapi/strapi';
import { notFound, throwIssues, type BilingualIssue } from '../../../plugin-kit/errors';
import { computationIssues, type Computation } from '../../shared/computation';
import { createRefs } from '../data/refs';
import { fieldIssues } from '../validation/fields';
import { formPathIssues } from '../validation/form-paths';
import { INDICATOR_RULES, VALUE_RULES } from '../validation/inputs';
import { createIndicatorSql } from './indicator-sql';
import { indicatorView, INDICATOR_POPULATE, type IndicatorRow, type IndicatorView } from './indicator-view';

const UID = 'plugin::observatory.indicator';
const VALUE_UID = 'plugin::observatory.indicator-value';
const POPULATE = { ...INDICATOR_POPULATE, objective: { select: ['documentId', 'code', 'name'] } };
/** The source written beside a value the system computed. */
export const COMPUTED_SOURCE = 'Calcolato dal sistema / Computed by the system';

export interface ComputeScope {
  from: number;
  to: number;
  /** documentIds of the comuni counted (see data/comuni-scope.ts); none: the whole district. */
  municipalities?: string[];
  /** The comune asked for, echoed in the answer. */
  municipality?: string;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const refs = createRefs(strapi);
  // Built on first use: the database is not connected yet when services are registered.
  let built: ReturnType<typeof createIndicatorSql> | null = null;
  const engine = () => (built ??= createIndicatorSql(strapi));
  const query = () => strapi.db.query(UID);

  /** The computation's shape, then its forms' fields (only once the shape is right). */
  async function definitionIssues(computation: unknown): Promise<BilingualIssue[]> {
    const issues = computationIssues(computation);
    return issues.length > 0 ? issues : formPathIssues(strapi, computation as Computation);
  }

  async function row(documentId: string): Promise<IndicatorRow> {
    const found = (await query().findOne({ where: { documentId }, populate: POPULATE })) as IndicatorRow | null;
    if (!found) notFound('indicatore non trovato', 'indicator not found');
    return found;
  }

  async function toRecord(data: Record<string, unknown>, creating: boolean, method: unknown) {
    const issues: BilingualIssue[] = fieldIssues(data, INDICATOR_RULES, creating);
    const record: Record<string, unknown> = { ...data };
    if (typeof data.objective === 'string') {
      const objective = await refs.objective(data.objective);
      if (!objective) issues.push({ path: 'objective', it: 'obiettivo sconosciuto', en: 'unknown objective' });
      record.objective = objective?.id;
    }
    if (method === 'computed') {
      if (data.computation === undefined && creating)
        issues.push({
          path: 'computation',
          it: 'obbligatorio per un indicatore calcolato',
          en: 'required for a computed indicator',
        });
      else if (data.computation !== undefined) issues.push(...(await definitionIssues(data.computation)));
    } else if (data.computation !== undefined && data.computation !== null) {
      issues.push({ path: 'computation', it: 'solo per method = computed', en: 'only with method = computed' });
    }
    if (issues.length > 0) throwIssues(issues, ['data']);
    return record;
  }

  async function computeYears(computation: Computation, scope: ComputeScope) {
    const years = [];
    for (let year = scope.from; year <= scope.to; year += 1) years.push(year);
    return Promise.all(
      years.map(async (year) => ({
        year,
        value: await engine().evaluate(computation, { year, municipalities: scope.municipalities }),
      }))
    );
  }

  return {
    engine,
    async list(filters: { objective?: string; method?: string }) {
      const where: Record<string, unknown> = {};
      if (filters.objective) where.objective = { code: filters.objective };
      if (filters.method) where.method = filters.method;
      const rows = (await query().findMany({
        where,
        populate: POPULATE,
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
      })) as IndicatorRow[];
      return rows.map(indicatorView);
    },
    async get(documentId: string): Promise<IndicatorView> {
      return indicatorView(await row(documentId));
    },
    /** The computed values of a computed indicator for each year of the scope (a manual one: 400). */
    async compute(documentId: string, scope: ComputeScope) {
      const found = await row(documentId);
      if (found.method !== 'computed' || !found.computation)
        throwIssues([
          { path: 'method', it: "l'indicatore è inserito a mano, non calcolato", en: 'the indicator is manual, not computed' },
        ]);
      return {
        indicator: indicatorView(found),
        municipality: scope.municipality ?? null,
        municipalities: scope.municipalities ?? null,
        values: await computeYears(found.computation, scope),
      };
    },
    /** Runs a computation that is not stored (the UdP trying a definition): 400 naming what is wrong. */
    async preview(computation: unknown, scope: ComputeScope) {
      const issues = await definitionIssues(computation);
      if (issues.length > 0) throwIssues(issues, ['data']);
      return computeYears(computation as Computation, scope);
    },
    async create(data: Record<string, unknown>) {
      const record = await toRecord(data, true, data.method);
      if (await query().findOne({ where: { code: data.code }, select: ['id'] }))
        throwIssues([{ path: 'code', it: 'codice già usato', en: 'code already used' }], ['data']);
      const created = await strapi.documents(UID).create({ data: record as never });
      return this.get(created.documentId);
    },
    async update(documentId: string, data: Record<string, unknown>) {
      const existing = await row(documentId);
      const record = await toRecord(data, false, data.method ?? existing.method);
      if (data.method === 'manual') record.computation = null;
      if (data.code && data.code !== existing.code && (await query().findOne({ where: { code: data.code }, select: ['id'] })))
        throwIssues([{ path: 'code', it: 'codice già usato', en: 'code already used' }], ['data']);
      await strapi.documents(UID).update({ documentId, data: record });
      return this.get(documentId);
    },
    /** Writes (or replaces) the value of one year. */
    async setValue(documentId: string, year: number, data: Record<string, unknown>) {
      const issues = fieldIssues(data, VALUE_RULES, true);
      if (issues.length > 0) throwIssues(issues, ['data']);
      const indicator = await row(documentId);
      const values = strapi.db.query(VALUE_UID);
      const existing = await values.findOne({ where: { indicator: indicator.id, year }, select: ['id'] });
      const record = { year, value: data.value, note: data.note ?? null, source: data.source, indicator: indicator.id };
      if (existing) await values.update({ where: { id: existing.id }, data: record });
      else await strapi.documents(VALUE_UID).create({ data: record as never });
      return this.get(documentId);
    },
    /** Stores the computed value of `year` as that year's value, with the system as source. */
    async snapshot(documentId: string, year: number) {
      const { values } = await this.compute(documentId, { from: year, to: year });
      const value = values[0].value;
      if (value === null)
        throwIssues(
          [{ path: 'year', it: 'nessun valore calcolabile per questo anno', en: 'no value can be computed for this year' }],
          ['query']
        );
      return this.setValue(documentId, year, { value, source: COMPUTED_SOURCE });
    },
  };
};
