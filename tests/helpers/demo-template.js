// The demo data of Distretto 4, seeded once per `jest` run into a template database that every test file
// asking for the demo starts from a copy of: a SQLite file copied, or a PostgreSQL database created
// `WITH TEMPLATE`. Seeding took most of each file's minute; the copy takes a second. global-setup builds
// it after compiling the app (no hook timeout there); a worker that finds none builds it itself, the
// others waiting on a lock file; global-teardown removes it. Plain JavaScript: global-setup is not
// transformed, so it seeds with the compiled app (dist/), the same code `npm run seed:demo` runs.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const postgres = require('./postgres-admin');

const ROOT = path.join(__dirname, '..', '..');
const runId = () => process.env.AMBITO_TEST_RUN_ID || 'adhoc';
const dir = () => path.join(os.tmpdir(), `ambito-template-${runId()}`);
const templateDatabase = () =>
  `ambito_tpl_${runId()
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()}`;
const templateFile = () => path.join(dir(), 'demo.db');
const readyMarker = () => path.join(dir(), 'ready');
const failedMarker = () => path.join(dir(), 'failed');
const lockFile = () => path.join(dir(), 'lock');
const isPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

async function buildTemplate() {
  const keys = ['DATABASE_FILENAME', 'DATABASE_URL', 'DATABASE_SCHEMA'];
  const saved = Object.fromEntries(keys.map((key) => [key, process.env[key]]));
  if (isPostgres()) {
    await postgres.createDatabase(templateDatabase());
    process.env.DATABASE_URL = postgres.urlOf(templateDatabase());
    process.env.DATABASE_SCHEMA = 'public';
  } else {
    process.env.DATABASE_FILENAME = templateFile();
  }
  try {
    const { createStrapi } = require('@strapi/strapi');
    const app = await createStrapi({
      appDir: ROOT,
      distDir: path.join(ROOT, 'dist'),
      autoReload: false,
      serveAdminPanel: false,
    }).load();
    app.log.level = 'error';
    const { seedDemo } = require(path.join(ROOT, 'dist', 'src', 'seed', 'run-seed.js'));
    await seedDemo(app);
    await app.destroy();
  } finally {
    for (const key of keys) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  }
}

/** Waits until the template exists, building it when this process is the first to ask. */
async function ensureTemplate() {
  fs.mkdirSync(dir(), { recursive: true });
  if (fs.existsSync(readyMarker())) return;
  let owner = false;
  try {
    fs.writeFileSync(lockFile(), String(process.pid), { flag: 'wx' });
    owner = true;
  } catch {
    // Another process is building it.
  }
  if (owner) {
    try {
      await buildTemplate();
      fs.writeFileSync(readyMarker(), new Date().toISOString());
    } catch (error) {
      fs.writeFileSync(failedMarker(), String((error && error.stack) || error));
      throw error;
    }
    return;
  }
  for (;;) {
    if (fs.existsSync(readyMarker())) return;
    if (fs.existsSync(failedMarker()))
      throw new Error(`the demo template could not be built: ${fs.readFileSync(failedMarker(), 'utf8')}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** A SQLite file holding a copy of the demo template. */
async function copyTemplateFile(target) {
  await ensureTemplate();
  fs.copyFileSync(templateFile(), target);
}

/** A PostgreSQL database created from the demo template; returns its connection URL. */
async function copyTemplateDatabase(name) {
  await ensureTemplate();
  await postgres.createDatabase(name, templateDatabase());
  return postgres.urlOf(name);
}

async function removeTemplate() {
  if (isPostgres()) await postgres.dropDatabase(templateDatabase());
  fs.rmSync(dir(), { recursive: true, force: true });
}

module.exports = { ensureTemplate, copyTemplateFile, copyTemplateDatabase, removeTemplate };
