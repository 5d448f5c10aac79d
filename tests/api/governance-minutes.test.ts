import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { http } from '../helpers/http';
import { CF, XSS, heldMeetingWithDraftMinutes, paths, type MinutesFixture } from './governance-fixtures';

let app: Core.Strapi;
let as: MinutesFixture['as'];
let minutes: string;

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  ({ as, minutes } = await heldMeetingWithDraftMinutes(app));
});
afterAll(stopStrapi);

describe('drafting', () => {
  it('the draft comes from the agenda and the attendance, and only the secretariat reads it', async () => {
    const draft = await http(app).get(`/api/governance/minutes/${minutes}`).set(as.udp);
    expect(draft.body.data).toMatchObject({ state: 'draft', version: 0, title: 'Verbale – Seduta di prova' });
    expect(draft.body.data.items).toEqual([
      { key: 'sail', title: 'SAIL', text: '' },
      { key: 'varie', title: 'Varie', text: '' },
    ]);
    expect(draft.body.data.body).toContain('Presenti:');
    expect(draft.body.data.body).toContain('Assenti: Osservatore (op.bussero)');
    for (const user of ['tavolo.demo', 'op.bussero'] as const)
      expect((await http(app).get(`/api/governance/minutes/${minutes}`).set(as[user])).status).toBe(404);
    expect((await http(app).get(`/api/governance/minutes/${minutes}`)).status).toBe(404);
    const twice = await http(app)
      .post('/api/governance/minutes')
      .set(as.udp)
      .send({ data: { meeting: draft.body.data.meeting.documentId } });
    expect(paths(twice)).toEqual(['data.meeting']);
  });

  it('stores a script or an event handler inert, as text', async () => {
    const saved = await http(app)
      .put(`/api/governance/minutes/${minutes}`)
      .set(as.udp)
      .send({
        data: {
          body: XSS,
          items: [
            { key: 'sail', title: 'SAIL', text: XSS },
            { key: 'varie', title: 'Varie', text: '<p>Nessuna.</p>' },
          ],
        },
      });
    expect(saved.status).toBe(200);
    for (const html of [saved.body.data.body, saved.body.data.items[0].text]) {
      expect(html).not.toMatch(/<script|onclick|onerror|<img/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    expect(await app.db.query('plugin::governance.minutes').count({ where: { body: { $contains: '<script' } } })).toBe(0);
  });

  it('a draft may hold personal data, but the review cannot open until it is gone', async () => {
    const withCf = await http(app)
      .put(`/api/governance/minutes/${minutes}`)
      .set(as.udp)
      .send({
        data: {
          items: [
            { key: 'sail', title: 'SAIL', text: `<p>Inserito ${CF} al SAIL.</p>` },
            { key: 'varie', title: 'Varie', text: '<p>Nessuna.</p>' },
          ],
        },
      });
    expect(withCf.body.data.personalData).toEqual([
      expect.objectContaining({ path: ['items', '0', 'text'], kind: 'fiscal-code', offset: 12 }),
    ]);
    const blocked = await http(app).post(`/api/governance/minutes/${minutes}/review`).set(as.udp);
    expect(blocked.status).toBe(400);
    expect(blocked.body.error.details.errors[0]).toMatchObject({
      path: ['items', '0', 'text'],
      offset: 12,
      length: 16,
      kind: 'fiscal-code',
    });

    await http(app)
      .put(`/api/governance/minutes/${minutes}`)
      .set(as.udp)
      .send({
        data: {
          items: [
            { key: 'sail', title: 'SAIL', text: '<p>Inserita una persona al SAIL.</p>' },
            { key: 'varie', title: 'Varie', text: '<p>Nessuna.</p>' },
          ],
        },
      });
    const past = await http(app)
      .post(`/api/governance/minutes/${minutes}/review`)
      .set(as.udp)
      .send({ data: { reviewClosesAt: '2020-01-01T00:00:00Z' } });
    expect(paths(past)).toEqual(['data.reviewClosesAt']);
    const open = await http(app).post(`/api/governance/minutes/${minutes}/review`).set(as.udp);
    expect(open.status).toBe(200);
    expect(open.body.data).toMatchObject({ state: 'in-review', version: 1 });
  });
});

describe('review: attendees amend and comment, the secretary decides each', () => {
  let accepted: string;
  let rejected: string;
  let comment: string;

  it('attendees read the minutes in review; absent members and outsiders do not', async () => {
    const asAttendee = await http(app).get(`/api/governance/minutes/${minutes}`).set(as['tavolo.demo']);
    expect(asAttendee.status).toBe(200);
    expect(asAttendee.body.data).toMatchObject({ canAmend: true, amendments: [] });
    expect(asAttendee.body.data).not.toHaveProperty('personalData');
    expect((await http(app).get(`/api/governance/minutes/${minutes}`).set(as['op.bussero'])).status).toBe(404);
  });

  it('an attendee proposes amendments and comments on items', async () => {
    const propose = (data: object) =>
      http(app).post(`/api/governance/minutes/${minutes}/amendments`).set(as['tavolo.demo']).send({ data });
    const one = await propose({
      kind: 'amendment',
      itemKey: 'sail',
      text: '<p>Precisare.</p>',
      proposedText: '<p>Inseriti 3 nuovi percorsi di tipo C.</p><script>x()</script>',
    });
    expect(one.status).toBe(201);
    expect(one.body.data).toMatchObject({
      kind: 'amendment',
      status: 'pending',
      baseVersion: 1,
      author: 'Delegata Terzo Settore (account tavolo.demo)',
    });
    expect(one.body.data.proposedText).not.toContain('<script');
    accepted = one.body.data.documentId;
    rejected = (await propose({ kind: 'amendment', itemKey: 'varie', proposedText: '<p>Rinviare tutto.</p>' })).body.data
      .documentId;
    comment = (await propose({ kind: 'comment', text: '<p>Bene così.</p>' })).body.data.documentId;

    expect(paths(await propose({ kind: 'amendment', itemKey: 'nope', proposedText: '<p>x</p>' }))).toEqual(['data.itemKey']);
    expect(paths(await propose({ kind: 'comment' }))).toEqual(['data.text']);
    expect(paths(await propose({ kind: 'petition', text: 'x' }))).toEqual(['data.kind']);
    const personal = await propose({
      kind: 'amendment',
      itemKey: 'sail',
      proposedText: '<p>Scrivere a mario.rossi@gmail.com</p>',
    });
    expect(personal.status).toBe(400);
    expect(personal.body.error.details.errors[0]).toMatchObject({
      path: ['data', 'proposedText'],
      kind: 'private-email',
      offset: 14,
    });
  });

  it('members who were absent cannot amend; the text changes only through amendments', async () => {
    const absent = await http(app)
      .post(`/api/governance/minutes/${minutes}/amendments`)
      .set(as['op.bussero'])
      .send({ data: { kind: 'comment', text: 'x' } });
    expect(absent.status).toBe(404);
    expect(
      (
        await http(app)
          .post(`/api/governance/minutes/${minutes}/amendments`)
          .send({ data: { kind: 'comment', text: 'x' } })
      ).status
    ).toBe(403);
    expect(
      (
        await http(app)
          .put(`/api/governance/minutes/${minutes}`)
          .set(as.udp)
          .send({ data: { title: 'Nuovo titolo' } })
      ).status
    ).toBe(400);
  });

  it('approval waits for every decision', async () => {
    const early = await http(app).post(`/api/governance/minutes/${minutes}/approve`).set(as.udp);
    expect(early.status).toBe(400);
    expect(early.body.error.message).toContain('3 emendamenti attendono');
  });

  it('accepting an amendment changes the text and keeps a new version; rejecting changes nothing', async () => {
    expect(
      (await http(app).post(`/api/governance/minutes/${minutes}/amendments/${accepted}/accept`).set(as['tavolo.demo'])).status
    ).toBe(403);
    const afterAccept = await http(app)
      .post(`/api/governance/minutes/${minutes}/amendments/${accepted}/accept`)
      .set(as.udp)
      .send({ data: { note: 'Accolto' } });
    expect(afterAccept.status).toBe(200);
    expect(afterAccept.body.data.version).toBe(2);
    expect(afterAccept.body.data.items[0].text).toContain('Inseriti 3 nuovi percorsi di tipo C.');
    const afterReject = await http(app)
      .post(`/api/governance/minutes/${minutes}/amendments/${rejected}/reject`)
      .set(as.udp)
      .send({ data: { note: 'Non pertinente' } });
    expect(afterReject.body.data.version).toBe(2);
    expect(afterReject.body.data.items[1].text).toBe('<p>Nessuna.</p>');
    await http(app).post(`/api/governance/minutes/${minutes}/amendments/${comment}/accept`).set(as.udp);
    expect(afterReject.body.data.amendments.map((a: { status: string }) => a.status)).toEqual([
      'accepted',
      'rejected',
      'pending',
    ]);
    expect((await http(app).post(`/api/governance/minutes/${minutes}/amendments/${accepted}/reject`).set(as.udp)).status).toBe(
      400
    );

    const versions = await http(app).get(`/api/governance/minutes/${minutes}/versions`).set(as['tavolo.demo']);
    expect(versions.body.data.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const first = await http(app).get(`/api/governance/minutes/${minutes}/versions/1`).set(as.udp);
    expect(first.body.data.items[0].text).toBe('<p>Inserita una persona al SAIL.</p>');
    expect((await http(app).get(`/api/governance/minutes/${minutes}/versions/9`).set(as.udp)).status).toBe(404);
    expect((await http(app).get(`/api/governance/minutes/${minutes}/versions/zero`).set(as.udp)).status).toBe(400);
  });
});
