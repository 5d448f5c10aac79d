import type { Core } from '@strapi/strapi';

/**
 * Several Strapi instances starting at once on one database race each other: both create the same
 * tables (the second fails with "already exists"), both add roles, permissions and locales they did not
 * find. Start-ups are therefore serialised by a lock taken in `register` (before Strapi synchronises the
 * schema) and released at the end of `bootstrap`, when the database is in shape:
 * - PostgreSQL: a session advisory lock keyed by the schema, on a connection of its own;
 * - SQLite: an exclusive transaction on `<database file>.startup-lock`.
 * Either is released by the database if the process dies, so a crashed start-up never blocks the next.
 */
interface Held {
  release(): Promise<void>;
}

let held: Held | null = null;

const WAIT_MS = 5 * 60 * 1000;

interface DatabaseConfig {
  client: string;
  connection: Record<string, unknown> & { filename?: string; schema?: string };
}

async function postgresLock(connection: DatabaseConfig['connection']): Promise<Held> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Client } = require('pg');
  const { schema, ...settings } = connection;
  const client = new Client(settings);
  await client.connect();
  const key = `ambito:startup:${schema ?? 'public'}`;
  await client.query(`set statement_timeout = ${WAIT_MS}`);
  await client.query('select pg_advisory_lock(hashtext($1))', [key]);
  return {
    async release() {
      try {
        await client.query('select pg_advisory_unlock(hashtext($1))', [key]);
      } finally {
        await client.end();
      }
    },
  };
}

function sqliteLock(filename: string): Held {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require('better-sqlite3');
  const db = new Database(`${filename}.startup-lock`, { timeout: WAIT_MS });
  // Waits (the busy timeout) while another process holds it.
  db.exec('BEGIN EXCLUSIVE');
  return {
    async release() {
      db.exec('COMMIT');
      db.close();
    },
  };
}

export async function acquireStartupLock(strapi: Core.Strapi): Promise<void> {
  if (held) return;
  const config = strapi.config.get('database.connection') as DatabaseConfig;
  if (config.client === 'postgres') held = await postgresLock(config.connection);
  else if (config.client === 'sqlite' && config.connection.filename) held = sqliteLock(config.connection.filename);
}

export async function releaseStartupLock(): Promise<void> {
  const lock = held;
  held = null;
  await lock?.release();
}
