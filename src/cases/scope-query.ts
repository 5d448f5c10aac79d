import type { Core, UID } from '@strapi/strapi';
import type { Caller } from './caller';
import { uidOf, type CaseType } from './model';
import { scopeOf } from './scope';

type Filter = Record<string, unknown>;
type Attribute = {
  type: string;
  relation?: string;
  target?: string;
  columnName?: string;
  joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
};
type Meta = { tableName: string; attributes: Record<string, Attribute> };

/**
 * The ids of the records of `type` the caller may see, as an SQL sub-query for a list's `id IN (…)`.
 * A list filtered through the scope's relation joins would be answered by Strapi with `SELECT DISTINCT` over
 * every column of every visible row before its LIMIT; as a sub-query the page is read in the order of the
 * worklists' indexes. An operator's case scope (a to-one relation to their comuni) reads the link table
 * alone; any other scope is Strapi's own query of `scopeOf`, so the rules stay written once.
 */
export function scopeIdsQuery(strapi: Core.Strapi, caller: Caller, type: CaseType): unknown {
  const uid = uidOf(type);
  const scope = scopeOf(caller, type);
  return (
    relationInQuery(strapi, uid, scope) ??
    strapi.db
      .queryBuilder(uid as UID.ContentType)
      .select('id')
      .where(scope)
      .getKnexQuery()
  );
}

/** `{ relation: { documentId: { $in: [...] } } }` on a to-one relation: `SELECT owner FROM link JOIN target … WHERE document_id IN (…)`. */
function relationInQuery(strapi: Core.Strapi, uid: string, scope: Filter): unknown {
  const keys = Object.keys(scope);
  if (keys.length !== 1) return null;
  const inner = scope[keys[0]] as Filter | undefined;
  const byId =
    inner && typeof inner === 'object' && Object.keys(inner).length === 1 ? (inner.documentId as Filter | undefined) : undefined;
  const ids = byId && typeof byId === 'object' && Object.keys(byId).length === 1 ? byId.$in : undefined;
  if (!Array.isArray(ids)) return null;
  const meta = strapi.db.metadata.get(uid as never) as unknown as Meta;
  const attribute = meta.attributes[keys[0]];
  if (attribute?.type !== 'relation' || attribute.relation !== 'manyToOne' || !attribute.joinTable || !attribute.target)
    return null;
  const target = strapi.db.metadata.get(attribute.target as never) as unknown as Meta;
  const link = attribute.joinTable;
  const knex = strapi.db.connection;
  // A join rather than a nested `IN`: SQLite then reads the link table through its (comune, owner) index.
  return knex({ scope_link: link.name })
    .join({ scope_target: target.tableName }, 'scope_target.id', `scope_link.${link.inverseJoinColumn.name}`)
    .select(`scope_link.${link.joinColumn.name}`)
    .whereIn(`scope_target.${target.attributes.documentId?.columnName ?? 'document_id'}`, ids);
}
