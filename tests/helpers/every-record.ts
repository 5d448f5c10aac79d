import type { Core } from '@strapi/strapi';

type Row = Record<string, unknown>;
interface Attribute {
  type: string;
  relation?: string;
  component?: string;
  components?: string[];
}
interface Model {
  attributes: Record<string, Attribute>;
}

/** The content types a backup holds (as Strapi's transfer: not the admin panel's own, not content releases). */
export function backedUpTypes(app: Core.Strapi): string[] {
  return Object.keys(app.contentTypes)
    .filter((uid) => !uid.startsWith('admin::') && !uid.startsWith('plugin::content-releases.'))
    .sort();
}

function populateOf(app: Core.Strapi, model: Model): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(model.attributes)) {
    if (attribute.type === 'relation' && attribute.relation?.startsWith('morph')) populate[name] = true;
    else if (attribute.type === 'relation') populate[name] = { select: ['documentId'] };
    else if (attribute.type === 'media') populate[name] = { select: ['hash'] };
    else if (attribute.type === 'component') {
      const nested = populateOf(app, app.getModel(attribute.component as never) as unknown as Model);
      populate[name] = Object.keys(nested).length ? { populate: nested } : true;
    } else if (attribute.type === 'dynamiczone') populate[name] = true;
  }
  return populate;
}

/**
 * A record as it must read after a restore: everything, its numeric id and timestamps included, but
 * the ids of its components' rows (internal, re-created with the record); relations as the documentIds
 * (media as the hashes) they point to, in their order; dates as ISO strings.
 */
function normalise(value: unknown, top = false): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => normalise(v));
  if (value && typeof value === 'object') {
    const row = value as Row;
    const keys = Object.keys(row).filter((k) => top || k !== 'id');
    if (keys.length === 1 && (keys[0] === 'documentId' || keys[0] === 'hash')) return row[keys[0]];
    if (typeof row.__type === 'string' && typeof row.documentId === 'string') return `${row.__type}:${row.documentId}`;
    return Object.fromEntries(keys.map((k) => [k, normalise(row[k])]));
  }
  return value;
}

const identity = (row: Row) => `${row.documentId}|${row.locale ?? ''}|${row.publishedAt ?? ''}`;

/** Every record of every backed-up content type, normalised and in a stable order, keyed by type. */
export async function everyRecord(app: Core.Strapi): Promise<Record<string, Row[]>> {
  const result: Record<string, Row[]> = {};
  for (const uid of backedUpTypes(app)) {
    const model = app.contentTypes[uid as never] as unknown as Model;
    const rows = (await app.db.query(uid as never).findMany({ populate: populateOf(app, model) } as never)) as Row[];
    result[uid] = rows.map((row) => normalise(row, true) as Row).sort((a, b) => identity(a).localeCompare(identity(b)));
  }
  return result;
}
