import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const postgres = require('./postgres-admin');

const ROOT = path.join(__dirname, '..', '..');

interface Running {
  app: Core.Strapi;
  cleanup: () => Promise<void>;
}
let running: Running | null = null;

/**
 * Boots the compiled app (see global-setup) on a database of this test file's own:
 * a temporary SQLite file, or a fresh schema on PostgreSQL when DATABASE_CLIENT=postgres.
 */
export async function startStrapi(): Promise<Core.Strapi> {
  const id = `t${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  let cleanup: () => Promise<void>;
  if (process.env.DATABASE_CLIENT === 'postgres') {
    await postgres.createSchema(id);
    process.env.DATABASE_SCHEMA = id;
    cleanup = () => postgres.dropSchema(id);
  } else {
    const file = path.join(os.tmpdir(), `ambito-${id}.db`);
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
