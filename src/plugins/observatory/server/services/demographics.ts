import type { Core } from '@strapi/strapi';
import { notFound, throwIssues } from '../../../plugin-kit/errors';
import { BAND_KEYS, indicesOf, totalOf, type AgeBands } from '../../shared/indices';
import { createRefs } from '../data/refs';
import { fieldIssues } from '../validation/fields';
import { DEMOGRAPHIC_RULES } from '../validation/inputs';

const UID = 'plugin::observatory.demographic';

interface DemographicRow extends AgeBands {
  id: number;
  documentId: string;
  year: number;
  foreignResidents: number | null;
  published: Record<string, unknown> | null;
  figures: Record<string, unknown> | null;
  source: string | null;
  municipality: { documentId: string; name: string; istatCode: string } | null;
}

const bandsOf = (row: AgeBands): AgeBands =>
  Object.fromEntries(BAND_KEYS.map((key) => [key, Number(row[key] ?? 0)])) as unknown as AgeBands;

/** A row per comune and year: the bands, `total`, the indices computed beside the published ones. */
export function demographicView(row: DemographicRow) {
  const bands = bandsOf(row);
  return {
    documentId: row.documentId,
    municipality: row.municipality
      ? { documentId: row.municipality.documentId, name: row.municipality.name, istatCode: row.municipality.istatCode }
      : null,
    year: row.year,
    ...bands,
    total: totalOf(bands),
    foreignResidents: row.foreignResidents ?? null,
    indices: indicesOf(bands, row.foreignResidents, row.published),
    figures: row.figures ?? {},
    source: row.source ?? null,
  };
}
export type DemographicView = ReturnType<typeof demographicView>;

/** The district: the comuni's bands summed per year, with the indices computed from the sums. */
export function districtOf(rows: DemographicView[]) {
  const years = [...new Set(rows.map((r) => r.year))].sort();
  return years.map((year) => {
    const ofYear = rows.filter((r) => r.year === year);
    const bands = Object.fromEntries(
      BAND_KEYS.map((key) => [key, ofYear.reduce((sum, r) => sum + r[key], 0)])
    ) as unknown as AgeBands;
    const foreign = ofYear.every((r) => r.foreignResidents !== null)
      ? ofYear.reduce((sum, r) => sum + (r.foreignResidents ?? 0), 0)
      : null;
    return {
      year,
      municipalities: ofYear.length,
      ...bands,
      total: totalOf(bands),
      foreignResidents: foreign,
      indices: indicesOf(bands, foreign, null),
    };
  });
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const refs = createRefs(strapi);
  const query = () => strapi.db.query(UID);
  const POPULATE = { municipality: { select: ['documentId', 'name', 'istatCode'] } };

  async function toRecord(data: Record<string, unknown>, creating: boolean) {
    const issues = fieldIssues(data, DEMOGRAPHIC_RULES, creating);
    const record: Record<string, unknown> = { ...data };
    if (typeof data.municipality === 'string') {
      const municipality = await refs.municipality(data.municipality);
      if (!municipality) issues.push({ path: 'municipality', it: 'comune sconosciuto', en: 'unknown comune' });
      record.municipality = municipality?.id;
    }
    if (issues.length > 0) throwIssues(issues, ['data']);
    return record;
  }

  return {
    async list(filters: { year?: number; municipality?: string; from?: number; to?: number }) {
      const where: Record<string, unknown> = {};
      if (filters.year !== undefined) where.year = filters.year;
      else if (filters.from !== undefined || filters.to !== undefined)
        where.year = {
          ...(filters.from !== undefined ? { $gte: filters.from } : {}),
          ...(filters.to !== undefined ? { $lte: filters.to } : {}),
        };
      if (filters.municipality) {
        const municipality = await refs.municipality(filters.municipality);
        if (!municipality) throwIssues([{ path: 'municipality', it: 'comune sconosciuto', en: 'unknown comune' }], ['query']);
        where.municipality = municipality.id;
      }
      const rows = (await query().findMany({
        where,
        populate: POPULATE,
        orderBy: [{ year: 'asc' }, { id: 'asc' }],
      })) as DemographicRow[];
      const data = rows
        .map(demographicView)
        .sort((a, b) => a.year - b.year || (a.municipality?.name ?? '').localeCompare(b.municipality?.name ?? ''));
      return { data, district: districtOf(data) };
    },
    async get(documentId: string) {
      const row = (await query().findOne({ where: { documentId }, populate: POPULATE })) as DemographicRow | null;
      if (!row) notFound('riga demografica non trovata', 'demographic row not found');
      return demographicView(row);
    },
    async create(data: Record<string, unknown>) {
      const record = await toRecord(data, true);
      if (await query().findOne({ where: { municipality: record.municipality, year: data.year }, select: ['id'] }))
        throwIssues(
          [{ path: 'year', it: 'esiste già una riga per questo comune e anno', en: 'a row for this comune and year exists' }],
          ['data']
        );
      const created = await strapi.documents(UID).create({ data: record as never });
      return this.get(created.documentId);
    },
    async update(documentId: string, data: Record<string, unknown>) {
      const existing = await query().findOne({ where: { documentId }, select: ['id'] });
      if (!existing) notFound('riga demografica non trovata', 'demographic row not found');
      const record = await toRecord(data, false);
      await strapi.documents(UID).update({ documentId, data: record });
      return this.get(documentId);
    },
  };
};
