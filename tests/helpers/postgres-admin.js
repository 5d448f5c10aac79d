// Per-test-file PostgreSQL schemas: each file boots Strapi on a schema of its own, dropped afterwards.
const { Client } = require('pg');

function connectionConfig() {
  if (process.env.DATABASE_URL) return { connectionString: process.env.DATABASE_URL };
  return {
    host: process.env.DATABASE_HOST || '127.0.0.1',
    port: Number(process.env.DATABASE_PORT || 5432),
    database: process.env.DATABASE_NAME || 'test',
    user: process.env.DATABASE_USERNAME || 'postgres',
    password: process.env.DATABASE_PASSWORD || undefined,
  };
}

async function withClient(fn) {
  const client = new Client({ ...connectionConfig(), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function assertPostgresReachable() {
  try {
    await withClient((client) => client.query('select 1'));
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable (${JSON.stringify({ ...connectionConfig(), password: undefined })}): ${error.message}. ` +
        'Start it or unset DATABASE_CLIENT to run on SQLite.'
    );
  }
}

async function createSchema(name) {
  await withClient((client) => client.query(`create schema "${name}"`));
}

async function dropSchema(name) {
  await withClient((client) => client.query(`drop schema if exists "${name}" cascade`));
}

module.exports = { assertPostgresReachable, createSchema, dropSchema, connectionConfig };
