import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, documentIdOf, http } from '../helpers/http';

let app: Core.Strapi;
const as: Record<string, Record<string, string>> = {};
const BODIES = 'plugin::governance.body';
const MEMBERSHIPS = 'plugin::governance.membership';
const MEETINGS = 'plugin::governance.meeting';

async function newBody(code: string) {
  const created = await http(app)
    .post('/api/governance/bodies')
    .set(as.udp)
    .send({ data: { code, name: `Comitato ${code}`, type: 'comitato' } });
  expect(created.status).toBe(201);
  const body = created.body.data.documentId as string;
  const member = await http(app)
    .post('/api/governance/memberships')
    .set(as.udp)
    .send({ data: { body, name: 'Referente ATS (segnaposto)', seat: 'ats' } });
  expect(member.status).toBe(201);
  return body;
}

const newMeeting = async (body: string, startsAt = '2027-03-03T10:00:00+01:00') =>
  (
    await http(app)
      .post('/api/governance/meetings')
      .set(as.udp)
      .send({ data: { body, title: 'Prima seduta', startsAt, place: 'Sede UdP', agenda: [{ key: 'avvio', title: 'Avvio' }] } })
  ).body.data.documentId as string;

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const username of ['udp', 'op.bussero', 'tavolo.demo']) as[username] = await authHeader(app, username);
});
afterAll(stopStrapi);

describe('deleting a body', () => {
  it('a body that never met goes, with its memberships; only the UdP may delete it', async () => {
    const body = await newBody('comitato-da-cancellare');
    for (const user of ['op.bussero', 'tavolo.demo'])
      expect((await http(app).delete(`/api/governance/bodies/${body}`).set(as[user])).status).toBe(403);
    expect((await http(app).delete(`/api/governance/bodies/${body}`)).status).toBe(403);
    expect(await app.db.query(BODIES).count({ where: { documentId: body } })).toBe(1);

    const deleted = await http(app).delete(`/api/governance/bodies/${body}`).set(as.udp);
    expect(deleted.status).toBe(204);
    expect((await http(app).get(`/api/governance/bodies/${body}`).set(as.udp)).status).toBe(404);
    expect(await app.db.query(MEMBERSHIPS).count({ where: { body: { documentId: body } } })).toBe(0);
    expect(await app.db.query(MEMBERSHIPS).count({ where: { name: 'Referente ATS (segnaposto)', body: { $null: true } } })).toBe(
      0
    );
  });

  it('a body with meetings, even a draft one, is kept (400 saying why)', async () => {
    const gps = await documentIdOf(app, BODIES, { type: 'gps' });
    const refused = await http(app).delete(`/api/governance/bodies/${gps}`).set(as.udp);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/sedute.*cannot be deleted/);

    const body = await newBody('comitato-con-bozza');
    await newMeeting(body);
    expect((await http(app).delete(`/api/governance/bodies/${body}`).set(as.udp)).status).toBe(400);
    expect(await app.db.query(BODIES).count({ where: { documentId: body } })).toBe(1);
  });

  it('a table whose delegates sit in another body is kept', async () => {
    const table = await http(app)
      .post('/api/governance/bodies')
      .set(as.udp)
      .send({ data: { code: 'tavolo-area-nuovo', name: "Tavolo d'area nuovo", type: 'tavolo-area' } });
    const coprogramming = await documentIdOf(app, BODIES, { type: 'tavolo-coprogrammazione' });
    const delegate = await http(app)
      .post('/api/governance/memberships')
      .set(as.udp)
      .send({
        data: {
          body: coprogramming,
          name: 'Delegata del tavolo nuovo',
          seat: 'third-sector',
          delegateFor: table.body.data.documentId,
        },
      });
    expect(delegate.status).toBe(201);
    const refused = await http(app).delete(`/api/governance/bodies/${table.body.data.documentId}`).set(as.udp);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('Delegata del tavolo nuovo');
  });

  it('an unknown body is a 404', async () => {
    expect((await http(app).delete('/api/governance/bodies/nessuno').set(as.udp)).status).toBe(404);
  });
});

describe('deleting and cancelling a meeting', () => {
  it('a draft meeting is deleted by the UdP alone', async () => {
    const body = await newBody('comitato-sedute');
    const meeting = await newMeeting(body);
    expect((await http(app).delete(`/api/governance/meetings/${meeting}`).set(as['op.bussero'])).status).toBe(403);
    expect(await app.db.query(MEETINGS).count({ where: { documentId: meeting } })).toBe(1);
    expect((await http(app).delete(`/api/governance/meetings/${meeting}`).set(as.udp)).status).toBe(204);
    expect((await http(app).get(`/api/governance/meetings/${meeting}`).set(as.udp)).status).toBe(404);
    // With no meeting left the body itself may go.
    expect((await http(app).delete(`/api/governance/bodies/${body}`).set(as.udp)).status).toBe(204);
  });

  it('a convened meeting is not deleted but cancelled, and then stays on record', async () => {
    const body = await newBody('comitato-convocato');
    const meeting = await newMeeting(body, '2027-03-10T10:00:00+01:00');
    expect((await http(app).post(`/api/governance/meetings/${meeting}/convene`).set(as.udp)).status).toBe(200);
    const refused = await http(app).delete(`/api/governance/meetings/${meeting}`).set(as.udp);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/bozza.*cancelled/);
    const cancelled = await http(app).post(`/api/governance/meetings/${meeting}/cancel`).set(as.udp);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data.status).toBe('cancelled');
    expect((await http(app).delete(`/api/governance/meetings/${meeting}`).set(as.udp)).status).toBe(400);
    expect((await http(app).get(`/api/governance/meetings/${meeting}`).set(as.udp)).body.data.status).toBe('cancelled');
    expect((await http(app).delete(`/api/governance/bodies/${body}`).set(as.udp)).status).toBe(400);
  });

  it('a meeting held or cancelled cannot be cancelled again', async () => {
    const held = (await app.db.query(MEETINGS).findOne({ where: { status: 'held' }, select: ['documentId'] })) as {
      documentId: string;
    };
    const refused = await http(app).post(`/api/governance/meetings/${held.documentId}/cancel`).set(as.udp);
    expect(refused.status).toBe(400);
  });
});
