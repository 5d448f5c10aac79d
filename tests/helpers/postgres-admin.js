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

/** The connection URL of another database of the same server. */
function urlOf(database) {
  const config = connectionConfig();
  const url = new URL(
    config.connectionString ||
      `postgres://${encodeURIComponent(config.user)}${config.password ? `:${encodeURIComponent(config.password)}` : ''}@${config.host}:${config.port}/${config.database}`
  );
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * `CREATE DATABASE name [TEMPLATE template]`. PostgreSQL refuses to copy a template another session is
 * connected to (55006): two workers copying at the same instant retry.
 */
async function createDatabase(name, template) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await withClient((client) => client.query(`create database "${name}"${template ? ` template "${template}"` : ''}`));
      return;
    } catch (error) {
      if (error.code !== '55006' || attempt > 60) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 + Math.random() * 500));
    }
  }
}

async function dropDatabase(name) {
  await withClient((client) => client.query(`drop database if exists "${name}" with (force)`));
}

module.exports = { assertPostgresReachable, createSchema, dropSchema, createDatabase, dropDatabase, urlOf, connectionConfig };
