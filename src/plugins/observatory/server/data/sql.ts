import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/**
 * What the observatory's SQL needs from the database: table and join-table names read from Strapi's
 * metadata (never spelled by hand), and the few expressions that differ between SQLite and PostgreSQL.
 * Every value reaches the database as a bound parameter; names of answers are bound too.
 */
export interface Sql {
  knex: Knex;
  postgres: boolean;
  table(uid: string): string;
  /** The join table of a relation: `{ name, own, other }` column names. */
  link(uid: string, attribute: string): { name: string; own: string; other: string };
  /** An answer of a JSON column as text (SQLite: its JSON type; compare with `bindValue`). */
  answer(column: string, key: string): Knex.Raw;
  /** An answer as a number (for sums and ranges). */
  answerNumber(column: string, key: string): Knex.Raw;
  /** True when the JSON array answer `key` holds `value`. */
  answerIncludes(column: string, key: string, value: string | number | boolean): Knex.Raw;
  /** The value bound against `answer(...)`: SQLite keeps JSON types, PostgreSQL's ->> gives text. */
  bindValue(value: string | number | boolean): string | number;
  /** A datetime bound against a datetime column. */
  bindDate(date: Date): string | number;
}

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

export function createSql(strapi: Core.Strapi): Sql {
  const knex = strapi.db.connection as unknown as Knex;
  const postgres = strapi.db.dialect.client === 'postgres';
  const meta = (uid: string) => strapi.db.metadata.get(uid);
  return {
    knex,
    postgres,
    table: (uid) => meta(uid).tableName,
    link(uid, attribute) {
      const join = (meta(uid).attributes[attribute] as unknown as { joinTable: JoinTable }).joinTable;
      return { name: join.name, own: join.joinColumn.name, other: join.inverseJoinColumn.name };
    },
    answer: (column, key) => (postgres ? knex.raw('??->>?::text', [column, key]) : knex.raw('json_extract(??, ?)', [column, `$.${key}`])),
    answerNumber: (column, key) =>
      postgres ? knex.raw('(??->>?::text)::numeric', [column, key]) : knex.raw('CAST(json_extract(??, ?) AS REAL)', [column, `$.${key}`]),
    answerIncludes: (column, key, value) =>
      postgres
        ? knex.raw('(??->?::text) @> jsonb_build_array(?::text)', [column, key, String(value)])
        : knex.raw('EXISTS (SELECT 1 FROM json_each(??, ?) WHERE json_each.value = ?)', [column, `$.${key}`, bindSqlite(value)]),
    bindValue: (value) => (postgres ? String(value) : bindSqlite(value)),
    bindDate: (date) => (postgres ? date.toISOString() : date.getTime()),
  };
}

const bindSqlite = (value: string | number | boolean) => (typeof value === 'boolean' ? (value ? 1 : 0) : value);
