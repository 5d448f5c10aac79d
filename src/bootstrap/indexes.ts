import type { Core } from '@strapi/strapi';

type Meta = {
  attributes: Record<string, { joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } } }>;
};

/** The relations the case lists are scoped by: a comune's rows of the link table, owner ids read from the index. */
const SCOPE_LINKS: [string, string][] = [
  ['api::case.case', 'municipality'],
  ['api::beneficiary.beneficiary', 'municipality'],
];

/**
 * Indexes Strapi's schemas cannot declare (link tables are Strapi's own): `(comune, owner)` on the scope's link
 * tables, so `id IN (SELECT case_id FROM link WHERE municipality_id IN …)` reads only the comune's entries
 * (SQLite otherwise scans the whole link table). `IF NOT EXISTS`: cheap at every start, and made again should
 * Strapi's schema sync drop it.
 */
export async function ensureScopeIndexes(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  for (const [uid, attribute] of SCOPE_LINKS) {
    const link = (strapi.db.metadata.get(uid as never) as unknown as Meta).attributes[attribute]?.joinTable;
    if (!link) continue;
    await knex.raw('CREATE INDEX IF NOT EXISTS ?? ON ?? (??, ??)', [
      `${link.name}_scope_idx`,
      link.name,
      link.inverseJoinColumn.name,
      link.joinColumn.name,
    ]);
  }
}
