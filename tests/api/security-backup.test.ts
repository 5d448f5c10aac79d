import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, http } from '../helpers/http';
import { seedDemo } from '../../src/seed/run-seed';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const postgres = require('../helpers/postgres-admin');

const ROOT = path.join(__dirname, '..', '..');
const onPostgres = process.env.DATABASE_CLIENT === 'postgres';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

type Row = Record<string, unknown>;
interface Attribute {
  type: string;
}

const stripIds = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(stripIds);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value as Row).filter(([k]) => k !== 'id').map(([k, v]) => [k, stripIds(v)]));
  }
  return value instanceof Date ? value.toISOString() : value;
};
const byDocument = (row: Row) => `${row.documentId}|${row.locale ?? ''}|${row.publishedAt ?? ''}`;

/**
 * Every record of every content type of the app and its plugins (users, roles and permissions
 * included), keyed by documentId, with relations as the documentIds they point to and media as their
 * hash: what must be the same after a restore, whatever numeric ids the database gave.
 */
async function everyRecord(app: Core.Strapi): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const uid of Object.keys(app.contentTypes).filter((u) => u.startsWith('api::') || u.startsWith('plugin::')).sort()) {
    const attributes = (app.contentTypes as Record<string, { attributes: Record<string, Attribute> }>)[uid].attributes;
    const populate: Record<string, unknown> = {};
    for (const [name, attribute] of Object.entries(attributes)) {
      if (attribute.type === 'relation') populate[name] = { select: ['documentId'] };
      if (attribute.type === 'media') populate[name] = { select: ['hash'] };
      if (attribute.type === 'component' || attribute.type === 'dynamiczone') populate[name] = true;
    }
    const rows = (await app.db.query(uid as never).findMany({ populate } as never)) as Row[];
    result[uid] = rows
      .map((row) => {
        const clean = stripIds(row) as Row;
        for (const name of Object.keys(populate)) {
          if (Array.isArray(clean[name])) clean[name] = (clean[name] as Row[]).map((r) => r.documentId ?? r.hash ?? r).sort();
          else if (clean[name] && typeof clean[name] === 'object' && attributes[name].type !== 'component') {
            clean[name] = (clean[name] as Row).documentId ?? (clean[name] as Row).hash ?? clean[name];
          }
        }
        return clean;
      })
      .sort((a, b) => byDocument(a).localeCompare(byDocument(b)));
  }
  return result;
}

function strapiCli(args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, [require.resolve('@strapi/strapi/bin/strapi.js'), ...args], {
    cwd: ROOT,
    env: { ...env, LOG_LEVEL: 'error', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (result.status !== 0) throw new Error(`strapi ${args[0]} failed (${result.status}): ${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

// Three boots of Strapi and two compilations: minutes on a loaded machine.
jest.setTimeout(1_200_000);

describe('backup and restore', () => {
  const id = `r${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const backup = path.join(os.tmpdir(), `ambito-backup-${id}`);
  const targetFile = path.join(os.tmpdir(), `ambito-${id}.db`);
  const targetEnv = (): NodeJS.ProcessEnv => (onPostgres ? { ...process.env, DATABASE_SCHEMA: id } : { ...process.env, DATABASE_FILENAME: targetFile });

  afterAll(async () => {
    fs.rmSync(`${backup}.tar`, { force: true });
    if (onPostgres) await postgres.dropSchema(id);
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${targetFile}${suffix}`, { force: true });
  });

  it('exports the demo data and the files, and restores every record into an empty database', async () => {
    const source = await startStrapi();
    await seedDemo(source);
    const uploaded = await http(source)
      .post('/api/upload')
      .set(await authHeader(source, 'op.bussero'))
      .attach('files', PDF, { filename: 'isee.pdf', contentType: 'application/pdf' });
    expect(uploaded.status).toBe(201);
    const before = await everyRecord(source);
    expect(before['plugin::users-permissions.user'].length).toBeGreaterThanOrEqual(5);
    expect(before['plugin::upload.file'].length).toBeGreaterThanOrEqual(1);

    // The documented command (scripts/backup.js runs exactly this), on the source database.
    strapiCli(['export', '--no-encrypt', '--no-compress', '-f', backup], process.env);
    expect(fs.existsSync(`${backup}.tar`)).toBe(true);
    await stopStrapi();
    const storedFile = path.join(ROOT, 'public', uploaded.body[0].url);
    fs.rmSync(storedFile, { force: true });

    if (onPostgres) await postgres.createSchema(id);
    strapiCli(['import', '-f', `${backup}.tar`, '--force'], targetEnv());
    expect(fs.existsSync(storedFile)).toBe(true);
    expect(fs.readFileSync(storedFile)).toEqual(PDF);

    Object.assign(process.env, onPostgres ? { DATABASE_SCHEMA: id } : { DATABASE_FILENAME: targetFile });
    const restored = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: false }).load();
    restored.log.level = 'error';
    try {
      const after = await everyRecord(restored);
      for (const uid of Object.keys(before)) {
        expect({ uid, records: after[uid] }).toEqual({ uid, records: before[uid] });
      }
    } finally {
      await restored.destroy();
      fs.rmSync(storedFile, { force: true });
    }
  });
});
