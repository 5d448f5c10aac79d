import ical from 'node-ical';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, documentIdOf, http } from '../helpers/http';
import type { OutboxService } from '../../src/plugins/mail/server/services/outbox';
import { testSmtp } from '../helpers/smtp';

/**
 * E-mail really sent: a meeting convened puts an invitation (with its calendar event) in the outbox for
 * each member, delivered to a real SMTP server started here; a member who turned invitations off gets
 * none; with the SMTP server down nothing is lost, and the message arrives once it is back.
 */
let app: Core.Strapi;
let port = 0;
const smtp = testSmtp();
const received = smtp.received;
const as: Record<string, Record<string, string>> = {};
let table: string;

const outbox = () => app.plugin('mail').service('outbox') as OutboxService;
type Row = { recipient: string; status: string; attempts: number; subject: string };
const messages = async (about: string) =>
  ((await app.db.query('plugin::mail.message' as never).findMany({ orderBy: { id: 'asc' } })) as Row[]).filter((m) =>
    m.subject.includes(about)
  );

async function convene(title: string): Promise<string> {
  const created = await http(app)
    .post('/api/governance/meetings')
    .set(as.udp)
    .send({
      data: {
        body: table,
        title,
        startsAt: '2027-03-10T15:00:00+01:00',
        place: "Sede dell'Ufficio di Piano",
        agenda: [{ title: 'Punto unico' }],
      },
    });
  expect(created.status).toBe(201);
  const convened = await http(app).post(`/api/governance/meetings/${created.body.data.documentId}/convene`).set(as.udp);
  expect(convened.status).toBe(200);
  return created.body.data.documentId;
}

beforeAll(async () => {
  port = await smtp.start(0);
  process.env.SMTP_HOST = '127.0.0.1';
  process.env.SMTP_PORT = String(port);
  process.env.SMTP_FROM = 'Ufficio di Piano <udp@ambito.example.org>';
  process.env.MAIL_QUEUE_INTERVAL_SECONDS = '0'; // the test runs the sender itself, at the moments it chooses
  app = await startStrapi({ demo: true });
  for (const username of ['udp', 'tavolo.demo']) as[username] = await authHeader(app, username);
  table = await documentIdOf(app, 'plugin::governance.body', { code: 'tavolo-area-contrasto-poverta' });
  // The demo's own notices (minutes opened for review and published while seeding) go out first.
  await outbox().deliverDue({ limit: 1000 });
  received.length = 0;
});
afterAll(async () => {
  await stopStrapi();
  await smtp.stop().catch(() => undefined);
  for (const key of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_FROM']) delete process.env[key];
});

describe('e-mail through the outbox', () => {
  it('convening a meeting sends each member an invitation with the calendar event attached', async () => {
    await convene('Seduta con invito');
    const queued = await messages('Seduta con invito');
    expect(queued.length).toBeGreaterThan(1);
    expect(queued.every((m) => m.status === 'pending')).toBe(true);
    expect(await outbox().deliverDue()).toEqual({ sent: queued.length, failed: 0 });
    expect((await messages('Seduta con invito')).every((m) => m.status === 'sent')).toBe(true);

    const mine = received.find(
      (m) => m.subject?.includes('Seduta con invito') && JSON.stringify(m.to).includes('tavolo.demo@ambito.example.org')
    );
    expect(mine).toBeDefined();
    expect(mine!.from?.text).toContain('udp@ambito.example.org');
    expect(mine!.text).toContain('è convocata la seduta "Seduta con invito"');
    expect(mine!.text).toContain('1. Punto unico');
    const invite = mine!.attachments.find((a) => a.filename === 'convocazione.ics');
    expect(invite?.contentType).toBe('text/calendar');
    const events = Object.values(ical.sync.parseICS(invite!.content.toString('utf8'))).filter(
      (c) => c?.type === 'VEVENT'
    ) as ical.VEvent[];
    expect(events).toHaveLength(1);
    expect(String(events[0].summary)).toContain('Seduta con invito');
    expect(new Date(events[0].start).toISOString()).toBe('2027-03-10T14:00:00.000Z');
  });

  it('opening minutes for review tells the members by e-mail', async () => {
    const minutes = (await app.db
      .query('plugin::governance.minutes' as never)
      .findOne({ where: { state: 'draft' }, populate: { meeting: { populate: { body: true } } } })) as {
      documentId: string;
      meeting: { title: string };
    } | null;
    expect(minutes).not.toBeNull();
    const open = await http(app).post(`/api/governance/minutes/${minutes!.documentId}/review`).set(as.udp).send({});
    expect(open.status).toBe(200);
    expect((await outbox().deliverDue()).sent).toBeGreaterThan(0);
    const notice = received.find(
      (m) => m.subject?.startsWith('Verbale in revisione') && m.subject.includes(minutes!.meeting.title)
    );
    expect(notice?.text).toMatch(/è aperto alla revisione fino al \d+ \w+ \d{4}/);
  });

  it('a member who turned invitations off receives none; the choice is refused when malformed', async () => {
    const bad = await http(app)
      .put('/api/mail/preferences')
      .set(as['tavolo.demo'])
      .send({ data: { notices: { meetings: 'no', spam: true } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.')).sort()).toEqual([
      'data.notices.meetings',
      'data.notices.spam',
    ]);
    const off = await http(app)
      .put('/api/mail/preferences')
      .set(as['tavolo.demo'])
      .send({ data: { notices: { meetings: false } } });
    expect(off.status).toBe(200);
    expect(off.body.data).toMatchObject({ notices: { meetings: false, minutes: true }, configured: true });
    expect((await http(app).get('/api/mail/preferences').set(as['tavolo.demo'])).body.data.notices.meetings).toBe(false);

    const before = received.length;
    await convene('Seduta senza invito per chi ha scelto così');
    await outbox().deliverDue();
    const sent = received.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.some((m) => JSON.stringify(m.to).includes('tavolo.demo@'))).toBe(false);
    await http(app)
      .put('/api/mail/preferences')
      .set(as['tavolo.demo'])
      .send({ data: { notices: { meetings: true } } });
    expect((await http(app).get('/api/mail/status').set(as['tavolo.demo'])).status).toBe(403);
  });

  it('with the SMTP server down nothing is lost: the message waits and arrives once it is back', async () => {
    await smtp.stop();
    await convene('Seduta durante il guasto');
    const first = await outbox().deliverDue();
    expect(first.sent).toBe(0);
    expect(first.failed).toBeGreaterThan(0);
    const waiting = await messages('Seduta durante il guasto');
    expect(waiting.every((m) => m.status === 'pending' && m.attempts === 1)).toBe(true);
    expect((await http(app).get('/api/mail/status').set(as.udp)).body.data).toMatchObject({
      configured: true,
      pending: waiting.length,
    });

    // Not due again before its pause is over; the server comes back.
    expect(await outbox().deliverDue()).toEqual({ sent: 0, failed: 0 });
    await smtp.start(port);
    const before = received.length;
    expect(await outbox().deliverDue({ now: new Date(Date.now() + 2 * 60 * 1000) })).toEqual({ sent: waiting.length, failed: 0 });
    expect(
      received
        .slice(before)
        .some((m) => m.subject?.includes('Seduta durante il guasto') && JSON.stringify(m.to).includes('tavolo.demo@'))
    ).toBe(true);
    expect((await messages('Seduta durante il guasto')).every((m) => m.status === 'sent')).toBe(true);
  });
});
