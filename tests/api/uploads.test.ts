import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, http } from '../helpers/http';

let app: Core.Strapi;

beforeAll(async () => {
  app = await startStrapi({ demo: true });
});
afterAll(stopStrapi);

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('uploads for file fields', () => {
  it('staff upload a PDF; the public and table members cannot upload', async () => {
    const operator = await authHeader(app, 'op.bussero');
    const ok = await http(app)
      .post('/api/upload')
      .set(operator)
      .attach('files', PDF, { filename: 'isee.pdf', contentType: 'application/pdf' });
    expect(ok.status).toBe(201);
    expect(ok.body[0]).toMatchObject({ name: 'isee.pdf', mime: 'application/pdf' });

    expect(
      (await http(app).post('/api/upload').attach('files', PDF, { filename: 'x.pdf', contentType: 'application/pdf' })).status
    ).toBe(403);
    const member = await authHeader(app, 'tavolo.demo');
    expect(
      (
        await http(app)
          .post('/api/upload')
          .set(member)
          .attach('files', PDF, { filename: 'x.pdf', contentType: 'application/pdf' })
      ).status
    ).toBe(403);
  });

  it('nobody lists the media library through the API', async () => {
    for (const username of ['udp', 'op.bussero', 'ente.demo']) {
      expect(
        (
          await http(app)
            .get('/api/upload/files')
            .set(await authHeader(app, username))
        ).status
      ).toBe(403);
    }
  });

  it('refuses HTML', async () => {
    const operator = await authHeader(app, 'op.bussero');
    const before = await app.db.query('plugin::upload.file').count();
    const html = await http(app)
      .post('/api/upload')
      .set(operator)
      .attach('files', Buffer.from('<html><script>alert(1)</script></html>'), {
        filename: 'page.html',
        contentType: 'text/html',
      });
    expect(html.status).toBeGreaterThanOrEqual(400);
    expect(html.status).toBeLessThan(500);
    expect(await app.db.query('plugin::upload.file').count()).toBe(before);
  });
});
