import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { Caller } from './caller';
import { RELATIONS, TARGET_UID, type CaseRole } from './model';
import { scalarFields } from './query';

// Strapi's own row → entity conversion (dates, decimals, booleans as the document service returns them).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { fromRow } = require('@strapi/database/dist/query/helpers/transform') as {
  fromRow: (meta: unknown, row: unknown) => Record<string, unknown> | null;
};

type Row = Record<string, unknown>;
interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}
interface Meta {
  tableName: string;
  attributes: Record<string, { type: string; columnName?: string; joinTable?: JoinTable }>;
}

/** To-one relations of a case a detail may include in the same query (targets the case's scope already covers). */
const TO_ONE = ['beneficiary', 'municipality', 'service', 'area', 'assignedOperator'];
const CASE_UID = 'api::case.case';
const INSTANCE_UID = 'plugin::workflows.instance';

const uidOfTarget = (target: string) => (target === 'beneficiary' ? 'api::beneficiary.beneficiary' : TARGET_UID[target]);

/** Whether the one-query detail can answer this populate: only to-one relations, nothing nested. */
export function fitsOneQuery(caller: Caller, populate: Record<string, unknown> | undefined): boolean {
  if (caller.role !== 'operator') return false;
  return Object.entries(populate ?? {}).every(
    ([key, entry]) => TO_ONE.includes(key) && !(entry as { populate?: unknown }).populate
  );
}

/**
 * An operator's case detail in one SQL query: the case's readable columns, the requested to-one relations
 * (a beneficiary of a case in the caller's comuni is theirs too; comune, service, area and user are
 * catalogue data) and the workflow instance, joined, with the caller's comuni in the WHERE. The same
 * fields the document service would return; the caller checks `fitsOneQuery` first.
 */
export async function caseDetail(
  strapi: Core.Strapi,
  caller: Caller,
  role: CaseRole,
  documentId: string,
  populate: Record<string, unknown> | undefined
): Promise<{ row: Row; instance: Row | null } | null> {
  const meta = (uid: string) => strapi.db.metadata.get(uid) as Meta;
  const column = (m: Meta, attr: string) => m.attributes[attr]?.columnName ?? attr;
  const cases = meta(CASE_UID);
  const knex = strapi.db.connection;
  const select: Knex.ColumnDescriptor<Row, Row[]>[] = [];
  const pick = (alias: string, m: Meta, fields: string[]) => {
    for (const field of fields) select.push(`${alias}.${column(m, field)} as ${alias}__${column(m, field)}`);
  };
  pick('c', cases, ['id', 'documentId', ...scalarFields(role, 'case')]);
  const query = knex(`${cases.tableName} as c`);
  const link = (attr: string, alias: string, target: Meta) => {
    const join = cases.attributes[attr].joinTable as JoinTable;
    query.leftJoin(`${join.name} as ${alias}_l`, `${alias}_l.${join.joinColumn.name}`, 'c.id');
    query.leftJoin(`${target.tableName} as ${alias}`, `${alias}.id`, `${alias}_l.${join.inverseJoinColumn.name}`);
  };
  // The scope: the case's comune is one of the caller's (joined once, also serving a populated comune).
  const municipalities = meta(TARGET_UID.municipality);
  link('municipality', 'm', municipalities);
  query.where('c.document_id', documentId).whereIn('m.document_id', caller.municipalities);
  const included: [string, string, Meta][] = [];
  Object.keys(populate ?? {}).forEach((key, index) => {
    const target = RELATIONS.case[key];
    const m = meta(uidOfTarget(target));
    const alias = key === 'municipality' ? 'm' : `r${index}`;
    if (alias !== 'm') link(key, alias, m);
    pick(alias, m, ['id', 'documentId', ...(target === 'user' ? ['username'] : scalarFields(role, target))]);
    included.push([key, alias, m]);
  });
  const instances = strapi.plugin('workflows') ? meta(INSTANCE_UID) : null;
  if (instances) {
    query.leftJoin(`${instances.tableName} as wi`, 'wi.document_id', `c.${column(cases, 'workflowInstance')}`);
    pick(
      'wi',
      instances,
      Object.keys(instances.attributes).filter((attr) => instances.attributes[attr].columnName)
    );
  }
  const found = (await query.first(select)) as Row | undefined;
  if (!found) return null;
  const part = (alias: string, m: Meta) => {
    const prefix = `${alias}__`;
    const columns: Row = {};
    for (const [key, value] of Object.entries(found)) if (key.startsWith(prefix)) columns[key.slice(prefix.length)] = value;
    return columns.id === null || columns.id === undefined ? null : fromRow(m, columns);
  };
  const row = part('c', cases) as Row;
  for (const [key, alias, m] of included) row[key] = part(alias, m);
  return { row, instance: instances ? part('wi', instances) : null };
}
