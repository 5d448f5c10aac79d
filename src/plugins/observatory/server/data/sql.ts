import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { createAnswerPaths, type AnswerAt } from './answer-path';

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
  /** Where `condition` holds for the answer at `path` (`members.*.relationship`: in any row of the group). */
  answerWhere(column: string, path: string, condition: (answer: AnswerAt) => Knex.Raw): Knex.Raw;
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
  const knex = strapi.db.connection as Knex;
  const postgres = strapi.db.dialect.client === 'postgres';
  const meta = (uid: string) => strapi.db.metadata.get(uid);
  const paths = createAnswerPaths(knex, postgres);
  return {
    knex,
    postgres,
    table: (uid) => meta(uid).tableName,
    link(uid, attribute) {
      const join = (meta(uid).attributes[attribute] as { joinTable: JoinTable }).joinTable;
      return { name: join.name, own: join.joinColumn.name, other: join.inverseJoinColumn.name };
    },
    answer: (column, key) => paths.at(column, [key]).text,
    answerNumber: (column, key) => paths.at(column, [key]).number,
    answerIncludes: (column, key, value) => paths.at(column, [key]).includes(value),
    answerWhere: paths.where,
    bindValue: paths.bindValue,
    bindDate: (date) => (postgres ? date.toISOString() : date.getTime()),
  };
}
