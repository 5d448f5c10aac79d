import ical from 'node-ical';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, documentIdOf, http } from '../helpers/http';

let app: Core.Strapi;
const as: Record<string, Record<string, string>> = {};
let table: string; // tavolo d'area Contrasto alla povertà: tavolo.demo sits in it, op.bussero does not
let meeting: string; // a convened meeting of that table

const events = (ics: string) => Object.values(ical.sync.parseICS(ics)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const username of ['udp', 'op.bussero', 'tavolo.demo']) as[username] = await authHeader(app, username);
  table = await documentIdOf(app, 'plugin::governance.body', { code: 'tavolo-area-contrasto-poverta' });
  const created = await http(app)
    .post('/api/governance/meetings')
    .set(as.udp)
    .send({
      data: {
        body: table,
        title: 'Seduta straordinaria',
        startsAt: '2027-02-10T15:00:00+01:00',
        place: "Sede dell'Ufficio di Piano",
        agenda: [{ title: 'Punto unico' }],
      },
    });
  meeting = created.body.data.documentId;
  expect((await http(app).post(`/api/governance/meetings/${meeting}/convene`).set(as.udp)).status).toBe(200);
});
afterAll(stopStrapi);

describe('calendar feeds (iCalendar, parsed back with node-ical)', () => {
  it("a public body's feed needs no login; a private body's only its members'", async () => {
    const assemblea = await documentIdOf(app, 'plugin::governance.body', { code: 'assemblea-sindaci' });
    const open = await http(app).get(`/api/governance/bodies/${assemblea}/calendar.ics`);
    expect(open.status).toBe(200);
    expect(open.headers['content-type']).toMatch(/^text\/calendar/);
    const list = events(open.text);
    expect(list).toHaveLength(3);
    expect(list.map((e) => e.summary)).toEqual(expect.arrayContaining([expect.stringContaining('bilancio preventivo 2027')]));
    for (const event of list) expect(event.uid).toMatch(/@ambito-governance$/);
    // RFC 5545 §3.1: no line longer than 75 octets, accented letters and dashes included.
    const long = open.text.split('\r\n').filter((line: string) => Buffer.byteLength(line, 'utf8') > 75);
    expect(long).toEqual([]);
    expect(open.text).toMatch(/\P{ASCII}/u);

    expect((await http(app).get(`/api/governance/bodies/${table}/calendar.ics`)).status).toBe(404);
    expect((await http(app).get(`/api/governance/bodies/${table}/calendar.ics`).set(as['op.bussero'])).status).toBe(404);
    const member = await http(app).get(`/api/governance/bodies/${table}/calendar.ics`).set(as['tavolo.demo']);
    expect(member.status).toBe(200);
    const held = events(member.text).find((e) => e.uid === `${meeting}@ambito-governance`);
    expect(held).toBeDefined();
    expect(new Date(held!.start).toISOString()).toBe('2027-02-10T14:00:00.000Z');
    expect(held!.location).toBe("Sede dell'Ufficio di Piano");
  });

  it("a member's own feed covers all their bodies, by login or by a secret URL", async () => {
    const mine = await http(app).get('/api/governance/members/me/calendar.ics').set(as['tavolo.demo']);
    expect(mine.status).toBe(200);
    const bodies = new Set(events(mine.text).map((e) => String(e.summary).split(':')[0]));
    expect([...bodies].sort()).toEqual([
      'Comitato Promotore',
      "Tavolo d'area Contrasto alla povertà",
      'Tavolo di co-programmazione delle politiche',
    ]);
    expect((await http(app).get('/api/governance/members/me/calendar.ics')).status).toBe(403);

    const link = await http(app).post('/api/governance/members/me/calendar-feed').set(as['tavolo.demo']);
    expect(link.status).toBe(201);
    expect(link.body.data.path).toMatch(/^\/api\/governance\/feeds\/[A-Za-z0-9_-]{43}\/calendar\.ics$/);
    const subscribed = await http(app).get(link.body.data.path);
    expect(subscribed.status).toBe(200);
    expect(
      events(subscribed.text)
        .map((e) => e.uid)
        .sort()
    ).toEqual(
      events(mine.text)
        .map((e) => e.uid)
        .sort()
    );

    const rotated = await http(app).post('/api/governance/members/me/calendar-feed').set(as['tavolo.demo']);
    expect((await http(app).get(link.body.data.path)).status).toBe(404);
    expect((await http(app).get(rotated.body.data.path)).status).toBe(200);
    expect((await http(app).get('/api/governance/feeds/guess/calendar.ics')).status).toBe(404);
  });

  it('a cancelled meeting stays in the feed as cancelled, with a higher sequence', async () => {
    const created = await http(app)
      .post('/api/governance/meetings')
      .set(as.udp)
      .send({
        data: {
          body: table,
          title: 'Da annullare',
          startsAt: '2027-03-01T10:00:00Z',
          onlineUrl: 'https://meet.example.org/x',
          agenda: [{ title: 'Punto unico' }],
        },
      });
    const id = created.body.data.documentId;
    await http(app).post(`/api/governance/meetings/${id}/convene`).set(as.udp);
    expect((await http(app).post(`/api/governance/meetings/${id}/cancel`).set(as.udp)).body.data.status).toBe('cancelled');
    const feed = await http(app).get(`/api/governance/bodies/${table}/calendar.ics`).set(as['tavolo.demo']);
    const event = events(feed.text).find((e) => e.uid === `${id}@ambito-governance`);
    expect(event).toMatchObject({ status: 'CANCELLED', url: 'https://meet.example.org/x' });
    expect(Number(event!.sequence)).toBe(2);
    expect(
      (
        await http(app)
          .put(`/api/governance/meetings/${id}`)
          .set(as.udp)
          .send({ data: { title: 'X' } })
      ).status
    ).toBe(400);
  });
});
