/** How long a write waits for another process's write to finish before failing. */
const BUSY_TIMEOUT_MS = 30_000;

interface NativeSqlite {
  pragma(statement: string): unknown;
  prepare(sql: string): unknown;
}

/**
 * Makes a better-sqlite3 connection fit for several processes sharing one file (DATABASE_SQLITE_SHARED):
 * - write-ahead log, so that readers do not wait for a writer;
 * - a busy timeout, so that a write waits for the other process's write instead of failing;
 * - transactions begun IMMEDIATE: a deferred transaction that reads and then writes cannot wait for the
 *   write lock (SQLite answers "database is locked" at once, since the other writer may have changed what
 *   it read), so each transaction takes the write lock when it begins, waiting its turn.
 */
export function shareSqliteConnection(connection: unknown): void {
  const db = connection as NativeSqlite;
  db.pragma('journal_mode = WAL');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const prepare = db.prepare.bind(db);
  // knex begins every transaction with a plain `BEGIN;`.
  db.prepare = (sql: string) => prepare(/^\s*BEGIN\s*;?\s*$/i.test(sql) ? 'BEGIN IMMEDIATE' : sql);
}
