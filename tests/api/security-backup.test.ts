import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, documentIdOf, http } from '../helpers/http';
import { ROOT, runToEnd } from '../helpers/child';
import { backedUpTypes, everyRecord } from '../helpers/every-record';
import { seedDemo } from '../../src/seed/run-seed';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const postgres = require('../helpers/postgres-admin');

const onPostgres = process.env.DATABASE_CLIENT === 'postgres';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64'
);

const id = `b${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ambito-backup-'));
// Each side has its own uploads folder, so the files can only come back through the backup.
const publicA = path.join(work, 'public-a');
const publicB = path.join(work, 'public-b');
const targetFile = path.join(work, 'restored.db');
const target: NodeJS.ProcessEnv = onPostgres ? { DATABASE_SCHEMA: id } : { DATABASE_FILENAME: targetFile };
const savedEnv = {
  PUBLIC_DIR: process.env.PUBLIC_DIR,
  DATABASE_SCHEMA: process.env.DATABASE_SCHEMA,
  DATABASE_FILENAME: process.env.DATABASE_FILENAME,
};
let restored: Core.Strapi | undefined;

// Two boots in this process, two in children, and the demo data: minutes on a loaded machine.
jest.setTimeout(600_000);

beforeAll(() => {
  for (const dir of [publicA, publicB]) fs.mkdirSync(path.join(dir, 'uploads'), { recursive: true });
  process.env.PUBLIC_DIR = publicA;
});

afterAll(async () => {
  if (restored) await restored.destroy();
  await stopStrapi();
  if (onPostgres) await postgres.dropSchema(id);
  fs.rmSync(work, { recursive: true, force: true });
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe('npm run backup / npm run restore', () => {
  it('round-trips the demo data and the uploaded files into an empty database, record for record', async () => {
    const source = await startStrapi();
    await seedDemo(source);
    const operator = await authHeader(source, 'op.bussero');
    const uploads: { hash: string; ext: string; content: Buffer }[] = [];
    for (const [content, filename, type] of [
      [PDF, 'isee.pdf', 'application/pdf'],
      [PNG, 'firma.png', 'image/png'],
    ] as const) {
      const response = await http(source)
        .post('/api/upload')
        .set(operator)
        .attach('files', content, { filename, contentType: type });
      expect(response.status).toBe(201);
      const stored = path.join(publicA, 'uploads', `${response.body[0].hash}${response.body[0].ext}`);
      // Strapi stores images re-encoded: the backup must bring back what was stored.
      uploads.push({ hash: response.body[0].hash, ext: response.body[0].ext, content: fs.readFileSync(stored) });
    }
    // A document on a meeting's agenda names its file by the upload's id; a discarded one leaves a gap in the ids.
    const udp = await authHeader(source, 'udp');
    const created = await http(source)
      .post('/api/governance/meetings')
      .set(udp)
      .send({
        data: {
          body: await documentIdOf(source, 'plugin::governance.body', { code: 'tavolo-area-contrasto-poverta' }),
          title: 'Seduta con relazione',
          startsAt: '2027-03-10T15:00:00+01:00',
          endsAt: '2027-03-10T17:00:00+01:00',
          agenda: [{ key: 'relazione', title: 'Relazione annuale' }],
        },
      });
    expect(created.status).toBe(201);
    const meeting = created.body.data.documentId;
    const attach = (name: string) =>
      http(source)
        .post(`/api/governance/meetings/${meeting}/documents`)
        .set(udp)
        .field('item', 'relazione')
        .attach('files', PDF, name);
    const discarded = (await attach('bozza.pdf')).body.data.agenda[0].documents[0];
    expect((await attach('relazione.pdf')).status).toBe(201);
    expect((await http(source).delete(`/api/governance/meetings/${meeting}/documents/${discarded.id}`).set(udp)).status).toBe(
      200
    );
    const [report] = (await http(source).get(`/api/governance/meetings/${meeting}`).set(udp)).body.data.agenda[0].documents;
    expect(report).toMatchObject({ name: 'relazione.pdf' });

    const before = await everyRecord(source);
    // The demo fills every engine: a backup that skipped one would not go unnoticed.
    for (const uid of [
      'api::case.case',
      'api::beneficiary.beneficiary',
      'api::service.service',
      'plugin::forms.form',
      'plugin::forms.form-version',
      'plugin::workflows.workflow-version',
      'plugin::workflows.instance',
      'plugin::workflows.history',
      'plugin::workflows.audit-record',
      'plugin::governance.meeting',
      'plugin::observatory.indicator',
      'plugin::users-permissions.user',
      'plugin::users-permissions.role',
      'plugin::users-permissions.permission',
      'plugin::upload.file',
      'plugin::i18n.locale',
    ]) {
      expect({ uid, empty: (before[uid] ?? []).length === 0 }).toEqual({ uid, empty: false });
    }

    // The documented commands (npm run backup / restore run these after creating a .env when missing).
    const backup = path.join(work, 'ambito');
    await runToEnd(path.join(ROOT, 'scripts', 'backup.js'), [backup], { PUBLIC_DIR: publicA });
    await stopStrapi();
    if (onPostgres) await postgres.createSchema(id);
    await runToEnd(path.join(ROOT, 'scripts', 'restore.js'), [`${backup}.tar`], { ...target, PUBLIC_DIR: publicB });

    expect(uploads[0].content).toEqual(PDF);
    for (const file of uploads) {
      expect(fs.readFileSync(path.join(publicB, 'uploads', `${file.hash}${file.ext}`))).toEqual(file.content);
    }

    Object.assign(process.env, target, { PUBLIC_DIR: publicB });
    restored = await createStrapi({
      appDir: ROOT,
      distDir: path.join(ROOT, 'dist'),
      autoReload: false,
      serveAdminPanel: false,
    }).load();
    restored.log.level = 'error';
    await restored.server.mount();
    const after = await everyRecord(restored);
    expect(backedUpTypes(restored)).toEqual(Object.keys(before));
    for (const uid of Object.keys(before)) {
      expect({ uid, records: after[uid] }).toEqual({ uid, records: before[uid] });
    }

    // The agenda still names the right file: the secretariat detaches it and the very file is removed.
    const udpAgain = await authHeader(restored, 'udp');
    const read = await http(restored).get(`/api/governance/meetings/${meeting}`).set(udpAgain);
    expect(read.body.data.agenda[0].documents).toEqual([report]);
    const reportFile = path.join(publicB, report.url);
    expect(fs.readFileSync(reportFile)).toEqual(PDF);
    expect((await http(restored).delete(`/api/governance/meetings/${meeting}/documents/${report.id}`).set(udpAgain)).status).toBe(
      200
    );
    expect(fs.existsSync(reportFile)).toBe(false);

    // Accounts work as before: the operator logs in with the same password and sees the same case files.
    const again = await authHeader(restored, 'op.bussero');
    const cases = await http(restored).get('/api/cases?pagination[pageSize]=100').set(again);
    expect(cases.status).toBe(200);
    expect(cases.body.data.length).toBeGreaterThan(0);
  });
});
