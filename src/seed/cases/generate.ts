import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { randomBytes } from 'node:crypto';
import { FAKE_FIRST_NAMES_F, FAKE_FIRST_NAMES_M, FAKE_LAST_NAMES, fiscalCodeOf } from './fake-people';

/**
 * Scale data for benchmarks: `count` synthetic beneficiaries, each with one case, written straight to the
 * tables with the query builder in batches, one transaction per batch (Strapi's document service would
 * make a dozen queries per record). Names are visibly fake; codici fiscali are valid and unique
 * (the variant digit and a sequence-based birth date keep them apart). `records` counts beneficiaries and
 * cases, `rows` every inserted row including the relation links. Ids are assigned here (after the highest
 * so far), so a batch is only multi-row INSERTs, as large as the driver's parameter limit allows.
 */
interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
}
type Meta = { tableName: string; attributes: Record<string, { joinTable?: JoinTable; columnName?: string }> };

const SERVICES = ['sad-sadh-adh', 'segretariato-sociale', 'trasporto-sociale', 'sail', 'rete-housing-distrettuale'];
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const documentId = () => Array.from(randomBytes(24), (b) => ALPHABET[b % 36]).join('');

export interface GenerateOptions {
  count: number;
  batchSize?: number;
  onProgress?: (done: number) => void;
}

/**
 * Rows per INSERT statement: as many as the bound-parameter limit allows for this many columns (SQLite's
 * multi-row insert is a compound SELECT, at most 500 terms).
 */
const chunkFor = (client: string, columns: number) =>
  client === 'sqlite' ? Math.min(500, Math.floor(30000 / columns)) : Math.floor(60000 / columns);

export async function generateCases(
  strapi: Core.Strapi,
  { count, batchSize = 5000, onProgress }: GenerateOptions
): Promise<{ records: number; rows: number; ms: number }> {
  const knex = strapi.db.connection;
  const client = strapi.db.dialect.client;
  const meta = (uid: string) => strapi.db.metadata.get(uid) as Meta;
  const beneficiaryMeta = meta('api::beneficiary.beneficiary');
  const caseMeta = meta('api::case.case');
  const join = (m: Meta, attr: string) => m.attributes[attr].joinTable as JoinTable;
  const comuni = (await knex('municipalities').select('id', 'cadastral_code')) as { id: number; cadastral_code: string }[];
  const services = (await knex('services').whereIn('code', SERVICES).andWhere('locale', 'it').select('id', 'code')) as {
    id: number;
    code: string;
  }[];
  const operators = (await knex('up_users').select('id', 'username')) as { id: number; username: string }[];
  const start = Date.now();
  const maxId = async (table: string) =>
    Number(((await knex(table).max({ max: 'id' }).first()) as { max: number | null } | undefined)?.max ?? 0);
  // Ids are given, not read back: each batch is a handful of multi-row INSERTs and nothing else.
  const firstBeneficiary = (await maxId(beneficiaryMeta.tableName)) + 1;
  const firstCase = (await maxId(caseMeta.tableName)) + 1;
  const sequence = firstCase - 1;
  let rows = 0;
  let records = 0;
  const now = new Date();
  const link = (table: JoinTable, pairs: [number, number][]) =>
    pairs.map(([from, to]) => ({
      [table.joinColumn.name]: from,
      [table.inverseJoinColumn.name]: to,
      ...(table.orderColumnName ? { [table.orderColumnName]: 1 } : {}),
      ...(table.inverseOrderColumnName ? { [table.inverseOrderColumnName]: 1 } : {}),
    }));
  const insert = async (trx: Knex.Transaction, table: string, values: Record<string, unknown>[]) => {
    if (values.length === 0) return;
    await trx.batchInsert(table, values, chunkFor(client, Object.keys(values[0]).length));
    rows += values.length;
  };

  for (let offset = 0; offset < count; offset += batchSize) {
    const size = Math.min(batchSize, count - offset);
    await knex.transaction(async (trx) => {
      const people = Array.from({ length: size }, (_, i) => {
        const n = sequence + offset + i + 1;
        const sex: 'F' | 'M' = n % 2 === 0 ? 'F' : 'M';
        const firstName = (sex === 'F' ? FAKE_FIRST_NAMES_F : FAKE_FIRST_NAMES_M)[n % 8];
        const lastName = FAKE_LAST_NAMES[Math.floor(n / 8) % 8];
        const day = new Date(Date.UTC(1930, 0, 1) + (n % 30000) * 86400000).toISOString().slice(0, 10);
        const comune = comuni[n % comuni.length];
        const fiscalCode = fiscalCodeOf(
          { firstName, lastName, birthDate: day, sex, cadastralCode: comune.cadastral_code },
          Math.floor(n / 30000)
        );
        return {
          n,
          id: firstBeneficiary + offset + i,
          caseId: firstCase + offset + i,
          sex,
          firstName,
          lastName,
          day,
          comune,
          fiscalCode,
        };
      });
      await insert(
        trx,
        beneficiaryMeta.tableName,
        people.map((p) => ({
          id: p.id,
          document_id: documentId(),
          first_name: p.firstName,
          last_name: p.lastName,
          fiscal_code: p.fiscalCode,
          birth_date: p.day,
          sex: p.sex,
          citizenship: 'italiana',
          email: `generato-${p.n}@esempio.invalid`,
          created_at: now,
          updated_at: now,
          published_at: now,
        }))
      );
      await insert(
        trx,
        caseMeta.tableName,
        people.map((p) => ({
          id: p.caseId,
          document_id: documentId(),
          code: `G-${String(p.n).padStart(7, '0')}`,
          status: p.n % 5 === 0 ? 'closed' : 'open',
          opened_at: new Date(Date.UTC(2024, 0, 1) + (p.n % 1000) * 86400000).toISOString().slice(0, 10),
          summary: 'Caso generato (dato di esempio)',
          created_at: now,
          updated_at: now,
          published_at: now,
        }))
      );
      await insert(
        trx,
        join(beneficiaryMeta, 'municipality').name,
        link(
          join(beneficiaryMeta, 'municipality'),
          people.map((p) => [p.id, p.comune.id])
        )
      );
      await insert(
        trx,
        join(caseMeta, 'beneficiary').name,
        link(
          join(caseMeta, 'beneficiary'),
          people.map((p) => [p.caseId, p.id])
        )
      );
      await insert(
        trx,
        join(caseMeta, 'municipality').name,
        link(
          join(caseMeta, 'municipality'),
          people.map((p) => [p.caseId, p.comune.id])
        )
      );
      await insert(
        trx,
        join(caseMeta, 'service').name,
        link(
          join(caseMeta, 'service'),
          people.map((p) => [p.caseId, services[p.n % services.length].id])
        )
      );
      const assigned = people.filter((p) => p.n % 3 === 0 && operators.length > 0);
      await insert(
        trx,
        join(caseMeta, 'assignedOperator').name,
        link(
          join(caseMeta, 'assignedOperator'),
          assigned.map((p) => [p.caseId, operators[p.n % operators.length].id])
        )
      );
    });
    records += size * 2;
    onProgress?.(offset + size);
  }
  if (client === 'postgres') {
    // Ids were given: move the sequences past them, so that the next record created normally gets a free id.
    for (const table of [beneficiaryMeta.tableName, caseMeta.tableName]) {
      await knex.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT MAX(id) FROM ??))`, [table, table]);
    }
  }
  return { records, rows, ms: Date.now() - start };
}
