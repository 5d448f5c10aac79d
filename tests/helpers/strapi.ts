import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const postgres = require('./postgres-admin');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { copyTemplateDatabase, copyTemplateFile } = require('./demo-template');

const ROOT = path.join(__dirname, '..', '..');

interface Running {
  app: Core.Strapi;
  cleanup: () => Promise<void>;
}
let running: Running | null = null;

/**
 * Boots the compiled app (see global-setup) on a database of this test file's own: a temporary SQLite
 * file, or a fresh schema on PostgreSQL when DATABASE_CLIENT=postgres. With `demo`, that database starts
 * as a copy of the demo data of Distretto 4, seeded once per run (helpers/demo-template.js): the same
 * rows `seedDemo` writes, without paying for the seeding in every file.
 */
export async function startStrapi(options: { demo?: boolean } = {}): Promise<Core.Strapi> {
  const id = `t${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  let cleanup: () => Promise<void>;
  if (process.env.DATABASE_CLIENT === 'postgres' && options.demo) {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = await copyTemplateDatabase(id);
    process.env.DATABASE_SCHEMA = 'public';
    cleanup = async () => {
      process.env.DATABASE_URL = saved;
      await postgres.dropDatabase(id);
    };
  } else if (process.env.DATABASE_CLIENT === 'postgres') {
    await postgres.createSchema(id);
    process.env.DATABASE_SCHEMA = id;
    cleanup = () => postgres.dropSchema(id);
  } else {
    const file = path.join(os.tmpdir(), `ambito-${id}.db`);
    if (options.demo) await copyTemplateFile(file);
    process.env.DATABASE_FILENAME = file;
    cleanup = async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal', '.startup-lock']) fs.rmSync(`${file}${suffix}`, { force: true });
    };
  }
  const app = await createStrapi({
    appDir: ROOT,
    distDir: path.join(ROOT, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  app.log.level = 'error';
  await app.server.mount();
  running = { app, cleanup };
  return app;
}

export async function stopStrapi(): Promise<void> {
  if (!running) return;
  const { app, cleanup } = running;
  running = null;
  await app.destroy();
  await cleanup();
}
