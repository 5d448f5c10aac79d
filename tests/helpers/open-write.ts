import fs from 'node:fs';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Client } = require('pg');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const postgres = require('./postgres-admin');

/**
 * Whether a process is inside a transaction that has written and not committed yet: on SQLite the
 * rollback journal of the database file exists; on PostgreSQL a backend of the application name (PGAPPNAME
 * of the child) holds a transaction id.
 */
export async function hasOpenWrite(applicationName: string): Promise<boolean> {
  if (process.env.DATABASE_CLIENT !== 'postgres') return fs.existsSync(`${process.env.DATABASE_FILENAME}-journal`);
  const client = new Client(postgres.connectionConfig());
  await client.connect();
  try {
    const { rows } = await client.query(
      'select count(*)::int as n from pg_stat_activity where application_name = $1 and backend_xid is not null',
      [applicationName]
    );
    return rows[0].n > 0;
  } finally {
    await client.end();
  }
}
