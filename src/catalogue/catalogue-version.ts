import type { Core } from '@strapi/strapi';

/** The tables the public catalogue (and HSDS) is made of. */
const CATALOGUE = ['api::service.service', 'api::provider.provider', 'api::area.area', 'api::municipality.municipality'];

type Meta = { tableName: string; attributes: Record<string, { columnName?: string }> };

/**
 * Where the public catalogue stands, in one cheap query: each catalogue table's latest `updated_at` and its
 * row count (a deletion changes the count, an edit or a new relation the date). A per-process copy of the
 * catalogue is good while this is unchanged; read from the database, so several instances each see
 * another's edits at their next request.
 */
export async function catalogueVersion(strapi: Core.Strapi): Promise<string> {
  const knex = strapi.db.connection;
  const columns = CATALOGUE.flatMap((uid, i) => {
    const meta = strapi.db.metadata.get(uid as never) as unknown as Meta;
    const updatedAt = meta.attributes.updatedAt?.columnName ?? 'updated_at';
    return [
      knex.raw('(SELECT max(??) FROM ??) AS ??', [updatedAt, meta.tableName, `u${i}`]),
      knex.raw('(SELECT count(*) FROM ??) AS ??', [meta.tableName, `n${i}`]),
    ];
  });
  const [row] = await knex.select(columns);
  return CATALOGUE.map((_, i) => `${new Date(row[`u${i}`] ?? 0).getTime()}:${Number(row[`n${i}`])}`).join('/');
}

/**
 * A value built from the public catalogue, kept per process and rebuilt when `catalogueVersion` changes.
 * Concurrent requests after a change share one rebuild; a failed build is not kept.
 */
export function catalogueSnapshot<T>(strapi: Core.Strapi, build: () => Promise<T>): () => Promise<T> {
  let current: { version: string; value: Promise<T> } | undefined;
  return async () => {
    // The version is read before the data: a snapshot is never older than the version it is kept under.
    const version = await catalogueVersion(strapi);
    if (current?.version !== version) {
      const value = build();
      const entry = { version, value };
      current = entry;
      value.catch(() => {
        if (current === entry) current = undefined;
      });
    }
    return current.value;
  };
}
