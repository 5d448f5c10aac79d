import type { Core } from '@strapi/strapi';
import type { MunicipalityRef } from '../calculator/normalize-rows';

const MUNICIPALITY = 'api::municipality.municipality';

/** The district's comuni, by name. */
export async function loadMunicipalities(strapi: Core.Strapi): Promise<MunicipalityRef[]> {
  const rows = (await strapi.db.query(MUNICIPALITY).findMany({
    select: ['documentId', 'istatCode', 'name'],
    orderBy: { name: 'asc' },
  })) as MunicipalityRef[];
  return rows.map(({ documentId, istatCode, name }) => ({ documentId, istatCode, name }));
}

/** One comune by documentId, or null. */
export async function findMunicipality(strapi: Core.Strapi, documentId: unknown): Promise<MunicipalityRef | null> {
  if (typeof documentId !== 'string' || documentId === '') return null;
  const row = await strapi.db.query(MUNICIPALITY).findOne({ where: { documentId }, select: ['documentId', 'istatCode', 'name'] });
  return row ? { documentId: row.documentId, istatCode: row.istatCode, name: row.name } : null;
}

/** A service by documentId with its name in Italian and English (English falls back to Italian), or null. */
export async function findService(
  strapi: Core.Strapi,
  documentId: unknown
): Promise<{ documentId: string; code: string; name: { it: string; en: string } } | null> {
  if (typeof documentId !== 'string' || documentId === '') return null;
  const rows = (await strapi.db.query('api::service.service').findMany({
    where: { documentId },
    select: ['documentId', 'code', 'name', 'locale'],
  })) as { documentId: string; code: string; name: string; locale: string }[];
  if (rows.length === 0) return null;
  const it = rows.find((r) => r.locale === 'it') ?? rows[0];
  const en = rows.find((r) => r.locale === 'en') ?? it;
  return { documentId, code: it.code, name: { it: it.name, en: en.name } };
}
