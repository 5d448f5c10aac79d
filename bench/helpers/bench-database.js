// The throw-away database a benchmark runs on, and the Strapi booted on it (in process, no admin panel):
// a temporary SQLite file, or with DATABASE_CLIENT=postgres (and DATABASE_URL) a schema of its own,
// dropped afterwards. The test environment's throw-away secrets and isolation, never the developer's
// .env or database. Require it first: it sets the environment Strapi reads when it boots.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');
require(path.join(ROOT, 'tests', 'setup', 'env.js'));
process.env.LOG_LEVEL = 'error';
process.env.WORKFLOWS_DAILY_JOB = 'false';
const postgres = require(path.join(ROOT, 'tests', 'helpers', 'postgres-admin'));

/**
 * `name` tells the benchmarks' files and schemas apart (`obs` → ambito-bench-obs-<pid>.db, bench_obs_<pid>;
 * none → ambito-bench-<pid>.db, bench_<pid>).
 */
function benchDatabase(name) {
  const POSTGRES = process.env.DATABASE_CLIENT === 'postgres';
  const DB_FILE = path.join(os.tmpdir(), `ambito-bench-${name ? `${name}-` : ''}${process.pid}.db`);
  const SCHEMA = `bench_${name ? `${name}_` : ''}${process.pid}`;
  if (POSTGRES) process.env.DATABASE_SCHEMA = SCHEMA;
  else process.env.DATABASE_FILENAME = DB_FILE;

  return {
    root: ROOT,
    postgres: POSTGRES,
    label: POSTGRES ? 'PostgreSQL' : 'SQLite',
    /** Compiles the app, creates the schema (PostgreSQL) and loads Strapi on it. */
    async start() {
      const { compileStrapi, createStrapi } = require('@strapi/strapi');
      await compileStrapi({ appDir: ROOT });
      if (POSTGRES) await postgres.createSchema(SCHEMA);
      const app = await createStrapi({
        appDir: ROOT,
        distDir: path.join(ROOT, 'dist'),
        autoReload: false,
        serveAdminPanel: false,
      }).load();
      app.log.level = 'error';
      return app;
    },
    /** Stops Strapi and throws the database away. */
    async stop(app) {
      await app.destroy();
      if (POSTGRES) await postgres.dropSchema(SCHEMA);
      for (const suffix of ['', '-wal', '-shm', '-journal', '.startup-lock']) fs.rmSync(`${DB_FILE}${suffix}`, { force: true });
    },
  };
}

module.exports = { benchDatabase };
