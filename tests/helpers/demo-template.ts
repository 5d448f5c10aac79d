import fs from 'node:fs';
import path from 'node:path';
import { createStrapi } from '@strapi/strapi';
import { seedDemo } from '../../src/seed/run-seed';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const postgres = require('./postgres-admin');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { templateDir: dir, templateDatabase: templateName } = require('./demo-template-place');

/**
 * The demo data of Distretto 4, seeded once per `jest` run into a template database that every test file
 * asking for the demo starts from a copy of: a SQLite file copied, or a PostgreSQL database created
 * `WITH TEMPLATE`. Seeding took most of each file's minute; the copy takes a second. The first worker
 * that needs it builds it (the others wait on a lock file); global-teardown removes it.
 */
const ROOT = path.join(__dirname, '..', '..');
const templateFile = () => path.join(dir(), 'demo.db');
const readyMarker = () => path.join(dir(), 'ready');
const lockFile = () => path.join(dir(), 'lock');

async function buildTemplate(): Promise<void> {
  const saved = { file: process.env.DATABASE_FILENAME, url: process.env.DATABASE_URL, schema: process.env.DATABASE_SCHEMA };
  if (process.env.DATABASE_CLIENT === 'postgres') {
    await postgres.createDatabase(templateName());
    process.env.DATABASE_URL = postgres.urlOf(templateName());
    process.env.DATABASE_SCHEMA = 'public';
  } else {
    process.env.DATABASE_FILENAME = templateFile();
  }
  try {
    const app = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: false }).load();
    app.log.level = 'error';
    await seedDemo(app);
    await app.destroy();
  } finally {
    for (const [key, value] of Object.entries({ DATABASE_FILENAME: saved.file, DATABASE_URL: saved.url, DATABASE_SCHEMA: saved.schema })) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** Waits until the template exists, building it when this worker is the first to ask. */
export async function ensureTemplate(): Promise<void> {
  fs.mkdirSync(dir(), { recursive: true });
  if (fs.existsSync(readyMarker())) return;
  let owner = false;
  try {
    fs.writeFileSync(lockFile(), String(process.pid), { flag: 'wx' });
    owner = true;
  } catch {
    // Another worker is building it.
  }
  if (owner) {
    try {
      await buildTemplate();
      fs.writeFileSync(readyMarker(), new Date().toISOString());
    } catch (error) {
      fs.writeFileSync(readyMarker() + '.failed', String((error as Error).stack ?? error));
      throw error;
    }
    return;
  }
  for (;;) {
    if (fs.existsSync(readyMarker())) return;
    if (fs.existsSync(readyMarker() + '.failed')) throw new Error(`the demo template could not be built: ${fs.readFileSync(readyMarker() + '.failed', 'utf8')}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** A SQLite file holding a copy of the demo template. */
export async function copyTemplateFile(target: string): Promise<void> {
  await ensureTemplate();
  fs.copyFileSync(templateFile(), target);
}

/** A PostgreSQL database created from the demo template; returns its connection URL. */
export async function copyTemplateDatabase(name: string): Promise<string> {
  await ensureTemplate();
  await postgres.createDatabase(name, templateName());
  return postgres.urlOf(name);
}
