import type { Core, UID } from '@strapi/strapi';
import { throwIssues } from '../plugins/plugin-kit/errors';

/** Today in Rome as YYYY-MM-DD: dates of the case files are local dates. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
}

export function requireFields(data: Record<string, unknown>, fields: string[]): void {
  const missing = fields.filter((key) => data[key] === undefined || data[key] === null || data[key] === '');
  if (missing.length) throwIssues(missing.map((key) => ({ path: `data.${key}`, it: 'obbligatorio', en: 'required' })));
}

/** The next readable code of a type, e.g. `C-2026-00042`, from the highest id so far. */
export async function nextCode(strapi: Core.Strapi, uid: string, prefix: string): Promise<string> {
  const last = (await strapi.db.query(uid as UID.ContentType).findOne({ orderBy: { id: 'desc' }, select: ['id'] })) as {
    id: number;
  } | null;
  return `${prefix}-${today().slice(0, 4)}-${String((last?.id ?? 0) + 1).padStart(5, '0')}`;
}

/** A record's numeric fields stored as decimals come back as strings on PostgreSQL. */
export const num = (value: unknown): number => (value === null || value === undefined || value === '' ? 0 : Number(value));
export const cents = (value: number): number => Math.round(value * 100);
