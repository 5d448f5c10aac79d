import type { Core } from '@strapi/strapi';

/** Counts of cases by comune, service and status: the aggregates the UdP sees, no personal data. */
export async function caseStats(strapi: Core.Strapi) {
  const knex = strapi.db.connection;
  const meta = (uid: string) =>
    strapi.db.metadata.get(uid) as {
      tableName: string;
      attributes: Record<
        string,
        { joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } } }
      >;
    };
  const cases = meta('api::case.case');
  const join = (attr: string) => cases.attributes[attr].joinTable as NonNullable<(typeof cases.attributes)[string]['joinTable']>;
  const m = join('municipality');
  const s = join('service');
  const rows = (await knex(`${cases.tableName} as c`)
    .leftJoin(`${m.name} as cm`, `cm.${m.joinColumn.name}`, 'c.id')
    .leftJoin('municipalities as mu', 'mu.id', `cm.${m.inverseJoinColumn.name}`)
    .leftJoin(`${s.name} as cs`, `cs.${s.joinColumn.name}`, 'c.id')
    .leftJoin('services as se', 'se.id', `cs.${s.inverseJoinColumn.name}`)
    .select('mu.document_id as municipality', 'mu.name as municipalityName', 'se.code as service', 'c.status as status')
    .count({ count: 'c.id' })
    .groupBy('mu.document_id', 'mu.name', 'se.code', 'c.status')) as Record<string, unknown>[];
  return rows.map((r) => ({
    municipality: r.municipality ? { documentId: r.municipality, name: r.municipalityName } : null,
    service: r.service ?? null,
    status: r.status,
    count: Number(r.count),
  }));
}
