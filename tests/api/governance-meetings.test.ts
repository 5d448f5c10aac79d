import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, documentIdOf, http } from '../helpers/http';

let app: Core.Strapi;
const as: Record<string, Record<string, string>> = {};
let table: string; // tavolo d'area Contrasto alla povertà: tavolo.demo sits in it, op.bussero does not
let meeting: string;
const CF = 'RSSMRA80A01F205X';
type Invitation = { membership: { documentId: string; name: string }; attendance: string };

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const username of ['udp', 'op.bussero', 'tavolo.demo']) as[username] = await authHeader(app, username);
  table = await documentIdOf(app, 'plugin::governance.body', { code: 'tavolo-area-contrasto-poverta' });
});
afterAll(stopStrapi);

describe('a meeting from draft to quorum', () => {
  it('the secretariat prepares a draft only it can see', async () => {
    const sail = await documentIdOf(app, 'api::service.service', { code: 'sail' });
    const created = await http(app)
      .post('/api/governance/meetings')
      .set(as.udp)
      .send({
        data: {
          body: table,
          title: 'Seduta straordinaria',
          startsAt: '2027-02-10T15:00:00+01:00',
          endsAt: '2027-02-10T17:00:00+01:00',
          agenda: [
            {
              key: 'caso',
              title: 'Situazione segnalata',
              description: `<p>Il beneficiario ${CF} chiede un contributo.</p>`,
              services: [sail],
            },
          ],
        },
      });
    expect(created.status).toBe(201);
    meeting = created.body.data.documentId;
    expect(created.body.data).toMatchObject({ status: 'draft', startsAt: '2027-02-10T14:00:00.000Z', invitations: [] });
    expect(created.body.data.agenda[0].services).toEqual([expect.objectContaining({ documentId: sail, code: 'sail' })]);
    expect((await http(app).get(`/api/governance/meetings/${meeting}`).set(as['tavolo.demo'])).status).toBe(404);
  });

  it('needs a place and an agenda without personal data before it is convened', async () => {
    const noPlace = await http(app).post(`/api/governance/meetings/${meeting}/convene`).set(as.udp);
    expect(noPlace.status).toBe(400);
    expect(noPlace.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toEqual(['place']);

    await http(app)
      .put(`/api/governance/meetings/${meeting}`)
      .set(as.udp)
      .send({ data: { place: "Sede dell'Ufficio di Piano" } });
    const blocked = await http(app).post(`/api/governance/meetings/${meeting}/convene`).set(as.udp);
    expect(blocked.status).toBe(400);
    const [finding] = blocked.body.error.details.errors;
    expect(finding).toMatchObject({
      path: ['agenda', '0', 'description'],
      kind: 'fiscal-code',
      offset: `<p>Il beneficiario `.length,
      length: 16,
    });
    expect(finding.it && finding.en && finding.message).toBeTruthy();
    expect(JSON.stringify(blocked.body)).not.toContain(CF);
    expect((await http(app).get(`/api/governance/meetings/${meeting}`).set(as.udp)).body.data.status).toBe('draft');
  });

  it('convened: every member in office is invited and reads it; non-members do not', async () => {
    const fixed = await http(app)
      .put(`/api/governance/meetings/${meeting}`)
      .set(as.udp)
      .send({
        data: {
          agenda: [
            { key: 'caso', title: 'Situazione segnalata', description: '<p>Un nucleo chiede un contributo straordinario.</p>' },
          ],
        },
      });
    expect(fixed.status).toBe(200);
    const convened = await http(app).post(`/api/governance/meetings/${meeting}/convene`).set(as.udp);
    expect(convened.status).toBe(200);
    expect(convened.body.data.status).toBe('convened');
    const members = await app.db.query('plugin::governance.membership').count({ where: { body: { documentId: table } } });
    expect(convened.body.data.invitations).toHaveLength(members);
    expect(convened.body.data.quorum).toMatchObject({ reached: false, presentMembers: 0 });

    const asMember = await http(app).get(`/api/governance/meetings/${meeting}`).set(as['tavolo.demo']);
    expect(asMember.status).toBe(200);
    expect(asMember.body.data.myAttendance).toBe('pending');
    expect((await http(app).get(`/api/governance/meetings/${meeting}`).set(as['op.bussero'])).status).toBe(404);
    expect((await http(app).get(`/api/governance/meetings/${meeting}`)).status).toBe(404);
  });

  it('once convened, agenda changes are checked for personal data too', async () => {
    const response = await http(app)
      .put(`/api/governance/meetings/${meeting}`)
      .set(as.udp)
      .send({ data: { agenda: [{ key: 'caso', title: 'Chiamare il 333 1234567' }] } });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0]).toMatchObject({
      path: ['agenda', '0', 'title'],
      kind: 'mobile-phone',
      offset: 12,
    });
  });

  it('records attendance (present, absent, delegated) and tells whether the quorum is reached', async () => {
    const invitations = (await http(app).get(`/api/governance/meetings/${meeting}`).set(as.udp)).body.data
      .invitations as Invitation[];
    const voting = invitations.filter((i) => !i.membership.name.startsWith('Segreteria'));
    const attendance = voting.map((i, index) => ({
      membership: i.membership.documentId,
      attendance: index < 2 ? 'present' : index === 2 ? 'delegated' : 'absent',
      ...(index === 2 ? { delegate: 'Sostituto (segnaposto)' } : {}),
    }));
    const recorded = await http(app)
      .put(`/api/governance/meetings/${meeting}/attendance`)
      .set(as.udp)
      .send({ data: { attendance } });
    expect(recorded.status).toBe(200);
    expect(recorded.body.data.status).toBe('held');
    expect(recorded.body.data.quorum).toMatchObject({ reached: false, members: voting.length, presentMembers: 3 });

    const more = attendance.map((a, index) => (index === 3 ? { ...a, attendance: 'present' } : a));
    const quorate = await http(app)
      .put(`/api/governance/meetings/${meeting}/attendance`)
      .set(as.udp)
      .send({ data: { attendance: more } });
    expect(quorate.body.data.quorum).toMatchObject({ reached: true, presentMembers: 4, requiredWeight: 4 });
    expect(quorate.body.data.invitations.find((i: { delegate: string | null }) => i.delegate)).toMatchObject({
      attendance: 'delegated',
      delegate: 'Sostituto (segnaposto)',
    });

    const wrong = await http(app)
      .put(`/api/governance/meetings/${meeting}/attendance`)
      .set(as.udp)
      .send({
        data: {
          attendance: [
            { membership: 'nobody', attendance: 'present' },
            { membership: attendance[0].membership, attendance: 'asleep', delegate: 'X' },
          ],
        },
      });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toEqual([
      'data.attendance.0.membership',
      'data.attendance.1.attendance',
      'data.attendance.1.delegate',
    ]);
  });

  it("the Assemblea dei Sindaci weighs its mayors by their comune's residents", async () => {
    const assemblea = await documentIdOf(app, 'plugin::governance.body', { code: 'assemblea-sindaci' });
    const meetings = (await http(app).get(`/api/governance/meetings?body=${assemblea}&to=2026-07-01`).set(as.udp)).body.data;
    const [january, june] = meetings;
    expect(january.quorum).toMatchObject({
      reached: true,
      weighting: 'population',
      totalWeight: 122517,
      presentMembers: 7,
      members: 9,
    });
    // June: Gorgonzola, Carugate, Pessano and Cassina absent: 5 of 9 mayors, with 63,046 of 122,517 residents: both majorities, just.
    expect(june.quorum).toMatchObject({ reached: true, presentWeight: 63046, requiredWeight: 61259, presentMembers: 5 });
  });
});

describe('documents attached to agenda items', () => {
  it('the secretariat attaches a PDF to an item; other files are refused', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const attached = await http(app)
      .post(`/api/governance/meetings/${meeting}/documents`)
      .set(as.udp)
      .field('item', 'caso')
      .attach('files', pdf, 'relazione.pdf');
    expect(attached.status).toBe(201);
    const [document] = attached.body.data.agenda[0].documents;
    expect(document).toMatchObject({ name: 'relazione.pdf', mime: 'application/pdf' });

    const fake = await http(app)
      .post(`/api/governance/meetings/${meeting}/documents`)
      .set(as.udp)
      .field('item', 'caso')
      .attach('files', Buffer.from('MZ\x90\x00'), 'relazione.pdf');
    // Files are checked by their content for every upload route (src/middlewares/upload-content.ts): 415.
    expect(fake.status).toBe(415);
    expect(fake.body.error.message).toMatch(/Tipo di file non ammesso/);
    const exe = await http(app)
      .post(`/api/governance/meetings/${meeting}/documents`)
      .set(as.udp)
      .field('item', 'caso')
      .attach('files', Buffer.from('MZ'), 'setup.exe');
    // Refused by the content check (415) or, for a name Strapi's upload denies, by the upload plugin (400).
    expect([400, 415]).toContain(exe.status);
    const [afterRefusals] = (await http(app).get(`/api/governance/meetings/${meeting}`).set(as.udp)).body.data.agenda;
    expect(afterRefusals.documents).toHaveLength(1);
    const noItem = await http(app)
      .post(`/api/governance/meetings/${meeting}/documents`)
      .set(as.udp)
      .field('item', 'nope')
      .attach('files', pdf, 'a.pdf');
    expect(noItem.body.error.details.errors[0].path).toEqual(['item']);
    expect((await http(app).post(`/api/governance/meetings/${meeting}/documents`).set(as.udp).field('item', 'caso')).status).toBe(
      400
    );
    expect(
      (
        await http(app)
          .post(`/api/governance/meetings/${meeting}/documents`)
          .set(as['tavolo.demo'])
          .field('item', 'caso')
          .attach('files', pdf, 'a.pdf')
      ).status
    ).toBe(403);

    const read = await http(app).get(`/api/governance/meetings/${meeting}`).set(as['tavolo.demo']);
    expect(read.body.data.agenda[0].documents).toEqual([expect.objectContaining({ id: document.id, name: 'relazione.pdf' })]);
    const removed = await http(app).delete(`/api/governance/meetings/${meeting}/documents/${document.id}`).set(as.udp);
    expect(removed.status).toBe(200);
    expect(removed.body.data.agenda[0].documents).toEqual([]);
  });
});
