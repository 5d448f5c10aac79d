import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, http } from '../helpers/http';

let app: Core.Strapi;
let operator: Record<string, string>;
const LIMIT = 256 * 1024;
const saved = process.env.UPLOAD_SIZE_LIMIT;

// Booting and seeding can take minutes on a loaded machine.
jest.setTimeout(600_000);

beforeAll(async () => {
  process.env.UPLOAD_SIZE_LIMIT = String(LIMIT);
  app = await startStrapi({ demo: true });
  operator = await authHeader(app, 'op.bussero');
});
afterAll(async () => {
  await stopStrapi();
  if (saved === undefined) delete process.env.UPLOAD_SIZE_LIMIT;
  else process.env.UPLOAD_SIZE_LIMIT = saved;
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64'
);
const CSV = Buffer.from('\uFEFFcomune;isee;componenti\nBussero;12000,50;3\nCarugate;8000;2\n', 'utf8');
const HTML = Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>');
const SVG = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>'
);
const SVG_NO_PROLOG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
const files = () => app.db.query('plugin::upload.file').count();
const upload = (content: Buffer, filename: string, contentType: string) =>
  http(app).post('/api/upload').set(operator).attach('files', content, { filename, contentType });

describe('uploads are checked by content', () => {
  it('accepts the types the app needs, and stores the type the content has', async () => {
    for (const [content, filename, contentType, mime] of [
      [PDF, 'isee.pdf', 'application/pdf', 'application/pdf'],
      [PNG, 'firma.png', 'image/png', 'image/png'],
      [CSV, 'beneficiari.csv', 'text/csv', 'text/csv'],
      // A real PDF declared as something else is stored as what it is.
      [PDF, 'verbale.pdf', 'application/octet-stream', 'application/pdf'],
    ] as const) {
      const response = await upload(content, filename, contentType);
      expect({ filename, status: response.status }).toEqual({ filename, status: 201 });
      expect(response.body[0].mime).toBe(mime);
    }
  });

  it('refuses HTML, SVG and executables whatever their name or declared type, and stores nothing', async () => {
    const before = await files();
    for (const [content, filename, contentType] of [
      [HTML, 'page.html', 'text/html'],
      [HTML, 'isee.pdf', 'application/pdf'],
      [HTML, 'note.txt', 'text/plain'],
      [SVG, 'logo.svg', 'image/svg+xml'],
      [SVG, 'logo.png', 'image/png'],
      [SVG_NO_PROLOG, 'grafico.csv', 'text/csv'],
      [EXE, 'modulo.pdf', 'application/pdf'],
    ] as const) {
      const response = await upload(content, filename, contentType);
      expect({ filename, contentType, status: response.status }).toEqual({ filename, contentType, status: 415 });
      expect(response.body.error.message).toMatch(/Tipo di file non ammesso.* \/ File type not allowed/);
    }
    expect(await files()).toBe(before);
  });

  it('refuses HTML on the other upload routes too (replacing a file, meeting documents)', async () => {
    const udp = await authHeader(app, 'udp');
    const stored = await upload(PDF, 'originale.pdf', 'application/pdf');
    const replace = await http(app)
      .post(`/api/upload?id=${stored.body[0].id}`)
      .set(operator)
      .attach('files', HTML, { filename: 'x.pdf', contentType: 'application/pdf' });
    expect(replace.status).toBe(415);
    const meeting = await app.db.query('plugin::governance.meeting').findOne({});
    const attach = await http(app)
      .post(`/api/governance/meetings/${meeting.documentId}/documents`)
      .set(udp)
      .field('item', 'any')
      .attach('files', SVG, { filename: 'allegato.pdf', contentType: 'application/pdf' });
    expect(attach.status).toBe(415);
  });

  it('a file over the size limit answers 413 in Italian and English, and is not stored', async () => {
    const before = await files();
    const big = Buffer.concat([PDF, Buffer.alloc(LIMIT + 1024, 0x20)]);
    const response = await upload(big, 'grande.pdf', 'application/pdf');
    expect(response.status).toBe(413);
    expect(response.body.error.message).toContain(' / ');
    expect(response.body.error.message).toMatch(/troppo grande/i);
    expect(await files()).toBe(before);
  });
});

/**
 * Issue 15 point 7: uploaded files were served to anyone at /uploads/<name>. Now that folder answers 404
 * whatever the spelling, and GET /api/files/:id/download sends a file as an attachment to whoever may read
 * the record holding it (src/api/file).
 */
describe('uploaded files are downloaded only through the access rules of their record', () => {
  const download = (id: number, headers: Record<string, string> = {}) => http(app).get(`/api/files/${id}/download`).set(headers);

  it('the uploads folder answers 404 to everyone, however it is spelled', async () => {
    const stored = await upload(PDF, 'isee-riservato.pdf', 'application/pdf');
    expect(stored.status).toBe(201);
    const name = (stored.body[0].url as string).replace('/uploads/', '');
    for (const path of [
      `/uploads/${name}`,
      `/Uploads/${name}`,
      `/%75ploads/${name}`,
      `//uploads/${name}`,
      `/uploads/./${name}`,
      `/x/../uploads/${name}`,
    ]) {
      for (const headers of [{}, operator]) {
        const response = await http(app).get(path).set(headers);
        expect({ path, status: response.status }).toEqual({ path, status: 404 });
      }
    }
  });

  it('a file no record holds yet: the Ufficio di Piano only; anonymous callers are refused', async () => {
    const stored = await upload(PDF, 'in-attesa.pdf', 'application/pdf');
    const id = stored.body[0].id as number;
    expect([401, 403]).toContain((await download(id)).status);
    expect((await download(id, operator)).status).toBe(404);
    const udp = await download(id, await authHeader(app, 'udp'));
    expect(udp.status).toBe(200);
    expect(udp.headers['content-disposition']).toMatch(/^attachment; filename="in-attesa.pdf"/);
    expect(udp.headers['content-type']).toBe('application/pdf');
    expect(Buffer.from(udp.body).equals(PDF)).toBe(true);
    expect((await download(999999, await authHeader(app, 'udp'))).status).toBe(404);
  });

  it("a meeting document follows governance's rules: a draft meeting's documents reach the secretariat only", async () => {
    const udp = await authHeader(app, 'udp');
    const member = await authHeader(app, 'tavolo.demo');
    const meetings = (await app.db
      .query('plugin::governance.meeting')
      .findMany({ select: ['documentId', 'status', 'agenda'] })) as {
      documentId: string;
      status: string;
      agenda: { key: string }[] | null;
    }[];
    const attach = async (meeting: (typeof meetings)[number]) => {
      const response = await http(app)
        .post(`/api/governance/meetings/${meeting.documentId}/documents`)
        .set(udp)
        .field('item', meeting.agenda![0].key)
        .attach('files', PDF, { filename: 'allegato.pdf', contentType: 'application/pdf' });
      expect(response.status).toBe(201);
      const documents = (response.body.data.agenda as { documents: { id: number; name: string }[] }[]).flatMap(
        (item) => item.documents
      );
      return documents[documents.length - 1].id;
    };
    const readable = [];
    for (const meeting of meetings.filter((m) => m.status !== 'cancelled' && (m.agenda ?? []).length > 0)) {
      const seen = (await http(app).get(`/api/governance/meetings/${meeting.documentId}`).set(member)).status === 200;
      readable.push({ meeting, seen });
    }
    const hidden = readable.find((r) => !r.seen);
    const shown = readable.find((r) => r.seen);
    expect(hidden && shown).toBeTruthy();
    const hiddenFile = await attach(hidden!.meeting);
    const shownFile = await attach(shown!.meeting);
    expect((await download(hiddenFile, member)).status).toBe(404);
    expect((await download(hiddenFile, udp)).status).toBe(200);
    const got = await download(shownFile, member);
    expect(got.status).toBe(200);
    expect(got.headers['content-disposition']).toMatch(/^attachment/);
    // An operator outside the body reads neither.
    expect((await download(hiddenFile, operator)).status).toBe(404);
  });
});
