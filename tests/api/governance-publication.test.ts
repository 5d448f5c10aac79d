import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { documentIdOf, http, binaryParser } from '../helpers/http';
import { pdfText } from '../helpers/pdf-text';
import { CF, XSS, heldMeetingWithDraftMinutes, paths, type MinutesFixture } from './governance-fixtures';

let app: Core.Strapi;
let as: MinutesFixture['as'];
let minutes: string;
let tavoloMembership: string;

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  ({ as, minutes, tavoloMembership } = await heldMeetingWithDraftMinutes(app));
  const items = [
    { key: 'sail', title: 'SAIL', text: XSS },
    { key: 'varie', title: 'Varie', text: '<p>Interviene Łukasz Nguyễn Ñúñez per la cooperativa.</p>' },
  ];
  expect((await http(app).put(`/api/governance/minutes/${minutes}`).set(as.udp).send({ data: { items } })).status).toBe(200);
  expect((await http(app).post(`/api/governance/minutes/${minutes}/review`).set(as.udp)).status).toBe(200);
});
afterAll(stopStrapi);

describe('decisions and action items', () => {
  it('link to services, have an owner, a due date and a status the owner updates', async () => {
    const sail = await documentIdOf(app, 'api::service.service', { code: 'sail' });
    const create = (data: object) =>
      http(app)
        .post('/api/governance/action-items')
        .set(as.udp)
        .send({ data: { minutes, ...data } });
    const action = await create({
      itemKey: 'sail',
      kind: 'action',
      text: 'Raccogliere i dati per comune',
      owner: tavoloMembership,
      dueDate: '2027-03-31',
      services: [sail],
    });
    expect(action.status).toBe(201);
    expect(action.body.data).toMatchObject({
      kind: 'action',
      status: 'open',
      dueDate: '2027-03-31',
      owner: { name: 'Delegata Terzo Settore (account tavolo.demo)' },
    });
    expect(action.body.data.services).toEqual([expect.objectContaining({ code: 'sail' })]);
    expect((await create({ kind: 'decision', text: 'Approvato il piano' })).status).toBe(201);

    const otherBody = await documentIdOf(app, 'plugin::governance.membership', { body: { code: 'gps-poverta' } });
    expect(
      paths(await create({ kind: 'action', text: 'x', owner: otherBody, dueDate: '2027-13-01', status: 'maybe' })).sort()
    ).toEqual(['data.dueDate', 'data.status']);
    expect(paths(await create({ kind: 'action', text: 'x', owner: otherBody }))).toEqual(['data.owner']);
    const personal = await create({ kind: 'action', text: `Contattare ${CF}` });
    expect(personal.body.error.details.errors[0]).toMatchObject({ path: ['data', 'text'], kind: 'fiscal-code', offset: 11 });

    const id = action.body.data.documentId;
    const done = await http(app)
      .put(`/api/governance/action-items/${id}`)
      .set(as['tavolo.demo'])
      .send({ data: { status: 'done' } });
    expect(done.status).toBe(200);
    expect(done.body.data.status).toBe('done');
    expect(
      paths(
        await http(app)
          .put(`/api/governance/action-items/${id}`)
          .set(as['tavolo.demo'])
          .send({ data: { text: 'Altro' } })
      )
    ).toEqual(['data.text']);
    expect(
      (
        await http(app)
          .put(`/api/governance/action-items/${id}`)
          .set(as['op.bussero'])
          .send({ data: { status: 'open' } })
      ).status
    ).toBe(403);
    const bySail = await http(app).get(`/api/governance/action-items?service=${sail}`).set(as.udp);
    expect(bySail.body.data.map((a: { documentId: string }) => a.documentId)).toContain(id);
  });
});

describe('approval and publication', () => {
  it('approved minutes are frozen, below every route', async () => {
    const approved = await http(app).post(`/api/governance/minutes/${minutes}/approve`).set(as.udp);
    expect(approved.status).toBe(200);
    expect(approved.body.data).toMatchObject({ state: 'approved', approvedVersion: 1 });
    expect(
      (
        await http(app)
          .put(`/api/governance/minutes/${minutes}`)
          .set(as.udp)
          .send({ data: { title: 'X' } })
      ).status
    ).toBe(400);
    await expect(
      app.documents('plugin::governance.minutes' as never).update({ documentId: minutes, data: { title: 'X' } } as never)
    ).rejects.toThrow(/approvato|Approved/);
    await expect(
      app.documents('plugin::governance.minutes' as never).update({ documentId: minutes, data: { state: 'draft' } } as never)
    ).rejects.toThrow(/Passaggio di stato/);
    expect((await http(app).post(`/api/governance/minutes/${minutes}/approve`).set(as.udp)).status).toBe(400);
    expect((await http(app).get(`/api/governance/minutes/${minutes}`).set(as['op.bussero'])).status).toBe(404);
  });

  it('publication is blocked while the text holds personal data, naming the place', async () => {
    const row = await app.db.query('plugin::governance.minutes').findOne({ where: { documentId: minutes } });
    // Text that reached the database by another way (an import, a script): publication still checks it.
    await app.db
      .query('plugin::governance.minutes')
      .update({ where: { id: row.id }, data: { body: `${row.body}<p>IBAN IT60X0542811101000000123456</p>` } });
    const blocked = await http(app).post(`/api/governance/minutes/${minutes}/publish`).set(as.udp);
    expect(blocked.status).toBe(400);
    expect(blocked.body.error.details.errors[0]).toMatchObject({ path: ['body'], kind: 'iban', offset: row.body.length + 8 });
    await app.db.query('plugin::governance.minutes').update({ where: { id: row.id }, data: { body: row.body } });
  });

  it('published: every member of the body reads it as data, a page and a PDF; outsiders do not', async () => {
    const published = await http(app).post(`/api/governance/minutes/${minutes}/publish`).set(as.udp);
    expect(published.status).toBe(200);
    expect(published.body.data.state).toBe('published');

    const asMember = await http(app).get(`/api/governance/minutes/${minutes}`).set(as['op.bussero']);
    expect(asMember.status).toBe(200);
    expect(asMember.body.data).not.toHaveProperty('amendments');

    const page = await http(app).get(`/api/governance/minutes/${minutes}/page`).set(as['op.bussero']);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.text).not.toMatch(/<script|onclick|onerror/i);
    expect(page.text).toContain('&lt;script&gt;');
    expect(page.text).toContain('Raccogliere i dati per comune');

    const pdf = await http(app)
      .get(`/api/governance/minutes/${minutes}/minutes.pdf`)
      .set(as['tavolo.demo'])
      .buffer(true)
      .parse(binaryParser);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    // Every letter of a foreign resident's name prints as written; Italian only; numbered and signed.
    const text = pdfText(pdf.body as Buffer);
    expect(text).toContain('Łukasz Nguyễn Ñúñez');
    expect(text.replace(/\s+/g, ' ')).toContain('Raccogliere i dati per comune (responsabile: Delegata Terzo Settore');
    expect(text).toMatch(/Pagina 1 di \d/);
    expect(text).toMatch(/Il Presidente: _+/);
    expect(text).toMatch(/Pubblicato il \d/);
    expect(text).not.toMatch(/\b(Published|owner|Decision|version|Approved)\b/);
    expect(text).not.toContain('?');

    expect((await http(app).get(`/api/governance/minutes/${minutes}/page`)).status).toBe(404);
    expect((await http(app).get(`/api/governance/minutes/${minutes}/minutes.pdf`).set(as['op.carugate'])).status).toBe(404);
  });
});
