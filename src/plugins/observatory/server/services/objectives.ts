import type { Core } from '@strapi/strapi';
import { notFound, throwIssues, type BilingualIssue } from '../../../plugin-kit/errors';
import { createRefs } from '../data/refs';
import { fieldIssues } from '../validation/fields';
import { OBJECTIVE_RULES } from '../validation/inputs';
import { indicatorView, INDICATOR_POPULATE, type IndicatorRow } from './indicator-view';

const UID = 'plugin::observatory.objective';
const TEXTS = [
  'summary',
  'needs',
  'target',
  'interventions',
  'financialResources',
  'professionalResources',
  'tools',
  'outcomeNotes',
  'timing',
] as const;

export interface ObjectiveRow {
  id: number;
  documentId: string;
  code: string;
  periodFrom: number;
  periodTo: number;
  name: string;
  objectiveType: 'strategico' | 'specifico';
  sortOrder: number | null;
  area: { code: string; name: string } | null;
  services: { code: string; name: string; locale: string }[];
  decisions?: { documentId: string; kind: string; text: string }[];
  indicators: IndicatorRow[];
  [text: string]: unknown;
}

export const OBJECTIVE_POPULATE = {
  area: { select: ['code', 'name'] },
  services: { select: ['code', 'name', 'locale'] },
  decisions: { select: ['documentId', 'kind', 'text'] },
  indicators: { populate: INDICATOR_POPULATE },
};

/** The objective as the API answers it (Italian service names; indicators with their yearly values). */
export function objectiveView(row: ObjectiveRow) {
  const services = new Map<string, string>();
  for (const s of row.services ?? []) if (!services.has(s.code) || s.locale === 'it') services.set(s.code, s.name);
  return {
    documentId: row.documentId,
    code: row.code,
    period: { from: row.periodFrom, to: row.periodTo, label: `${row.periodFrom}-${row.periodTo}` },
    area: row.area ? { code: row.area.code, name: row.area.name } : null,
    name: row.name,
    type: row.objectiveType,
    ...(Object.fromEntries(TEXTS.map((key) => [key, (row[key] as string | null) ?? null])) as Record<
      (typeof TEXTS)[number],
      string | null
    >),
    sortOrder: row.sortOrder ?? 0,
    services: [...services].map(([code, name]) => ({ code, name })),
    decisions: (row.decisions ?? []).map((d) => ({ documentId: d.documentId, kind: d.kind, text: d.text })),
    indicators: [...(row.indicators ?? [])].sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0)).map(indicatorView),
  };
}
export type ObjectiveView = ReturnType<typeof objectiveView>;

export interface ObjectiveFilters {
  from?: number;
  to?: number;
  area?: string;
  type?: string;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const refs = createRefs(strapi);
  const query = () => strapi.db.query(UID);

  async function toRecord(data: Record<string, unknown>, creating: boolean) {
    const issues: BilingualIssue[] = fieldIssues(data, OBJECTIVE_RULES, creating);
    const record: Record<string, unknown> = { ...data };
    delete record.type;
    if (data.type !== undefined) record.objectiveType = data.type;
    if (typeof data.area === 'string') {
      const area = await refs.area(data.area);
      if (!area) issues.push({ path: 'area', it: 'area sconosciuta', en: 'unknown area' });
      record.area = area?.id;
    }
    if (Array.isArray(data.services) && issues.length === 0) {
      const found = await refs.services(data.services as string[]);
      const missing = (data.services as string[]).filter((code) => !found.some((s) => s.code === code));
      for (const code of missing)
        issues.push({ path: 'services', it: `servizio sconosciuto: ${code}`, en: `unknown service: ${code}` });
      record.services = found.map((s) => s.id);
    }
    if (Array.isArray(data.decisions) && issues.length === 0) {
      const ids = data.decisions as string[];
      const found = (await strapi.db
        .query('plugin::governance.action-item')
        .findMany({ where: { documentId: { $in: ids } }, select: ['id', 'documentId'] })) as { id: number; documentId: string }[];
      for (const id of ids.filter((id) => !found.some((d) => d.documentId === id)))
        issues.push({ path: 'decisions', it: `decisione sconosciuta: ${id}`, en: `unknown decision: ${id}` });
      record.decisions = found.map((d) => d.id);
    }
    if (typeof data.periodFrom === 'number' && typeof data.periodTo === 'number' && data.periodTo < data.periodFrom)
      issues.push({ path: 'periodTo', it: 'non può precedere periodFrom', en: 'cannot precede periodFrom' });
    if (issues.length > 0) throwIssues(issues, ['data']);
    return record;
  }

  return {
    async list(filters: ObjectiveFilters) {
      const where: Record<string, unknown> = {};
      if (filters.from !== undefined) where.periodTo = { $gte: filters.from };
      if (filters.to !== undefined) where.periodFrom = { $lte: filters.to };
      if (filters.area) where.area = { code: filters.area };
      if (filters.type) where.objectiveType = filters.type;
      const rows = (await query().findMany({
        where,
        populate: OBJECTIVE_POPULATE,
        orderBy: [{ periodFrom: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }],
      })) as ObjectiveRow[];
      return rows.map(objectiveView);
    },
    async get(documentId: string) {
      const row = (await query().findOne({ where: { documentId }, populate: OBJECTIVE_POPULATE })) as ObjectiveRow | null;
      if (!row) notFound('obiettivo non trovato', 'objective not found');
      return objectiveView(row);
    },
    async create(data: Record<string, unknown>) {
      const record = await toRecord(data, true);
      if (await refs.objective(data.code as string))
        throwIssues([{ path: 'code', it: 'codice già usato', en: 'code already used' }], ['data']);
      const created = await strapi.documents(UID).create({ data: record as never });
      return this.get(created.documentId);
    },
    async update(documentId: string, data: Record<string, unknown>) {
      const existing = await query().findOne({ where: { documentId }, select: ['id', 'code', 'periodFrom', 'periodTo'] });
      if (!existing) notFound('obiettivo non trovato', 'objective not found');
      const record = await toRecord(data, false);
      const from = (data.periodFrom as number | undefined) ?? existing.periodFrom;
      const to = (data.periodTo as number | undefined) ?? existing.periodTo;
      if (to < from)
        throwIssues([{ path: 'periodTo', it: 'non può precedere periodFrom', en: 'cannot precede periodFrom' }], ['data']);
      if (data.code && data.code !== existing.code && (await refs.objective(data.code as string)))
        throwIssues([{ path: 'code', it: 'codice già usato', en: 'code already used' }], ['data']);
      await strapi.documents(UID).update({ documentId, data: record });
      return this.get(documentId);
    },
  };
};
