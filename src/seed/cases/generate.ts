import type { Core } from '@strapi/strapi';
import { randomBytes } from 'node:crypto';
import { FAKE_FIRST_NAMES_F, FAKE_FIRST_NAMES_M, FAKE_LAST_NAMES, fiscalCodeOf } from './fake-people';

/**
 * Scale data for benchmarks: `count` synthetic beneficiaries, each with one case, written straight to the
 * tables with the query builder in batches, one transaction per batch (Strapi's document service would
 * make a dozen queries per record). Names are visibly fake; codici fiscali are valid and unique
 * (the variant digit and a sequence-based birth date keep them apart). `records` counts beneficiaries and
 * cases, `rows` every inserted row including the relation links.
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

export async function generateCases(strapi: Core.Strapi, { count, batchSize = 1000, onProgress }: GenerateOptions): Promise<{ records: number; rows: number; ms: number }> {
  const knex = strapi.db.connection;
  const meta = (uid: string) => strapi.db.metadata.get(uid as never) as unknown as Meta;
  const beneficiaryMeta = meta('api::beneficiary.beneficiary');
  const caseMeta = meta('api::case.case');
  const join = (m: Meta, attr: string) => m.attributes[attr].joinTable as JoinTable;
  const comuni = (await knex('municipalities').select('id', 'cadastral_code')) as { id: number; cadastral_code: string }[];
  const services = (await knex('services').whereIn('code', SERVICES).andWhere('locale', 'it').select('id', 'code')) as { id: number; code: string }[];
  const operators = (await knex('up_users').select('id', 'username')) as { id: number; username: string }[];
  const start = Date.now();
  const base = (await knex(caseMeta.tableName).max({ max: 'id' }).first()) as { max: number | null } | undefined;
  let sequence = Number(base?.max ?? 0);
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

  for (let offset = 0; offset < count; offset += batchSize) {
    const size = Math.min(batchSize, count - offset);
    await knex.transaction(async (trx) => {
      const people = Array.from({ length: size }, (_, i) => {
        const n = sequence + offset + i + 1;
        const sex = n % 2 === 0 ? 'F' : 'M';
        const firstName = (sex === 'F' ? FAKE_FIRST_NAMES_F : FAKE_FIRST_NAMES_M)[n % 8];
        const lastName = FAKE_LAST_NAMES[Math.floor(n / 8) % 8];
        const day = new Date(Date.UTC(1930, 0, 1) + (n % 30000) * 86400000).toISOString().slice(0, 10);
        const comune = comuni[n % comuni.length];
        const fiscalCode = fiscalCodeOf({ firstName, lastName, birthDate: day, sex, cadastralCode: comune.cadastral_code }, Math.floor(n / 30000));
        return { n, sex, firstName, lastName, day, comune, fiscalCode, documentId: documentId() };
      });
      await trx.batchInsert(
        beneficiaryMeta.tableName,
        people.map((p) => ({
          document_id: p.documentId, first_name: p.firstName, last_name: p.lastName, fiscal_code: `${p.fiscalCode}`,
          birth_date: p.day, sex: p.sex, citizenship: 'italiana', email: `generato-${p.n}@esempio.invalid`,
          created_at: now, updated_at: now, published_at: now,
        })) as never,
        500
      );
      const inserted = (await trx(beneficiaryMeta.tableName).whereIn('document_id', people.map((p) => p.documentId)).select('id', 'document_id')) as { id: number; document_id: string }[];
      const idOf = new Map(inserted.map((r) => [r.document_id, r.id]));
      const cases = people.map((p) => ({
        person: p,
        documentId: documentId(),
        service: services[p.n % services.length],
        openedAt: new Date(Date.UTC(2024, 0, 1) + (p.n % 1000) * 86400000).toISOString().slice(0, 10),
      }));
      await trx.batchInsert(
        caseMeta.tableName,
        cases.map((c) => ({
          document_id: c.documentId, code: `G-${String(c.person.n).padStart(7, '0')}`, status: c.person.n % 5 === 0 ? 'closed' : 'open',
          opened_at: c.openedAt, summary: 'Caso generato (dato di esempio)', created_at: now, updated_at: now, published_at: now,
        })) as never,
        500
      );
      const caseRows = (await trx(caseMeta.tableName).whereIn('document_id', cases.map((c) => c.documentId)).select('id', 'document_id')) as { id: number; document_id: string }[];
      const caseId = new Map(caseRows.map((r) => [r.document_id, r.id]));
      const operatorFor = (comuneIndex: number) => operators[comuneIndex % operators.length]?.id;
      await trx.batchInsert(join(beneficiaryMeta, 'municipality').name, link(join(beneficiaryMeta, 'municipality'), people.map((p) => [idOf.get(p.documentId) as number, p.comune.id])) as never, 500);
      await trx.batchInsert(join(caseMeta, 'beneficiary').name, link(join(caseMeta, 'beneficiary'), cases.map((c) => [caseId.get(c.documentId) as number, idOf.get(c.person.documentId) as number])) as never, 500);
      await trx.batchInsert(join(caseMeta, 'municipality').name, link(join(caseMeta, 'municipality'), cases.map((c) => [caseId.get(c.documentId) as number, c.person.comune.id])) as never, 500);
      await trx.batchInsert(join(caseMeta, 'service').name, link(join(caseMeta, 'service'), cases.map((c) => [caseId.get(c.documentId) as number, c.service.id])) as never, 500);
      const assigned = cases.filter((c) => c.person.n % 3 === 0 && operatorFor(c.person.n));
      rows += size * 6 + assigned.length;
      await trx.batchInsert(join(caseMeta, 'assignedOperator').name, link(join(caseMeta, 'assignedOperator'), assigned.map((c) => [caseId.get(c.documentId) as number, operatorFor(c.person.n) as number])) as never, 500);
    });
    records += size * 2;
    onProgress?.(offset + size);
  }
  return { records, rows, ms: Date.now() - start };
}
