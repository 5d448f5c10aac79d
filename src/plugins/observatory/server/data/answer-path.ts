import type { Knex } from 'knex';

/**
 * Answers at a path of a submission's JSON data, as SQL, on SQLite (json_extract / json_each) and
 * PostgreSQL (jsonb operators). A path is the data template of a form field: keys separated by dots,
 * `*` standing for any row of a repeated group (`members.*.relationship`). Inside repeated groups a
 * condition holds when any row satisfies it (an EXISTS over the rows). Keys are validated before they
 * get here (letters, digits, `_`, `-`) and reach the database as bound values.
 */

/** The expressions of one answer a condition is written with. */
export interface AnswerAt {
  /** The answer as text (SQLite: with its JSON type; compare with `bindValue`). */
  text: Knex.Raw;
  /** The answer as a number. */
  number: Knex.Raw;
  /** True when the answer (a JSON array: a multiple choice) holds `value`. */
  includes(value: string | number | boolean): Knex.Raw;
}

export const ANY_ROW = '*';

const bindSqlite = (value: string | number | boolean) => (typeof value === 'boolean' ? (value ? 1 : 0) : value);

export function createAnswerPaths(knex: Knex, postgres: boolean) {
  // SQLite's JSON path with quoted labels; PostgreSQL's text[] path literal.
  const sqlitePath = (keys: string[]) => `$${keys.map((key) => `."${key}"`).join('')}`;
  const pgPath = (keys: string[]) => `{${keys.join(',')}}`;

  /** The answer at `keys` (no `*`) under the JSON of `column` (an identifier). */
  function at(column: string, keys: string[]): AnswerAt {
    if (postgres) {
      // One key keeps the plain `->>` form (the most common, what an expression index would be on).
      const text =
        keys.length === 1 ? knex.raw('??->>?::text', [column, keys[0]]) : knex.raw('??#>>?::text[]', [column, pgPath(keys)]);
      const json =
        keys.length === 1 ? knex.raw('??->?::text', [column, keys[0]]) : knex.raw('??#>?::text[]', [column, pgPath(keys)]);
      return {
        text,
        number: knex.raw('(?)::numeric', [text]),
        includes: (value) => knex.raw('(?) @> jsonb_build_array(?::text)', [json, String(value)]),
      };
    }
    const path = keys.length === 1 ? `$.${keys[0]}` : sqlitePath(keys);
    return {
      text: knex.raw('json_extract(??, ?)', [column, path]),
      number: knex.raw('CAST(json_extract(??, ?) AS REAL)', [column, path]),
      includes: (value) =>
        knex.raw('EXISTS (SELECT 1 FROM json_each(??, ?) WHERE json_each.value = ?)', [column, path, bindSqlite(value)]),
    };
  }

  /** The rows of the repeated group at `keys` under `column`, as a FROM item named `alias` (its `value` column). */
  function rows(column: string, keys: string[], alias: string): Knex.Raw {
    if (postgres) {
      const group = knex.raw('??#>?::text[]', [column, pgPath(keys)]);
      // Anything but an array (a missing group) has no rows rather than failing.
      return knex.raw(`jsonb_array_elements(CASE WHEN jsonb_typeof(?) = 'array' THEN ? ELSE '[]'::jsonb END) AS ??(value)`, [
        group,
        group,
        alias,
      ]);
    }
    return knex.raw('json_each(??, ?) AS ??', [column, sqlitePath(keys), alias]);
  }

  return {
    at,
    /** Where `condition` holds for the answer at `path` under the JSON of `column`; in repeated groups, for any row. */
    where(column: string, path: string, condition: (answer: AnswerAt) => Knex.Raw): Knex.Raw {
      const parts = path.split('.');
      if (!parts.includes(ANY_ROW)) return condition(at(column, parts));
      const from: Knex.Raw[] = [];
      let current = column;
      let keys: string[] = [];
      for (const part of parts) {
        if (part !== ANY_ROW) {
          keys.push(part);
          continue;
        }
        const alias = `obs_row${from.length}`;
        from.push(rows(current, keys, alias));
        current = `${alias}.value`;
        keys = [];
      }
      return knex.raw(`EXISTS (SELECT 1 FROM ${from.map(() => '?').join(', ')} WHERE ?)`, [
        ...from,
        condition(at(current, keys)),
      ]);
    },
    bindValue: (value: string | number | boolean) => (postgres ? String(value) : bindSqlite(value)),
  };
}
