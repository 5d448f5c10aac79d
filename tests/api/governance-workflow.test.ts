import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, documentIdOf, http } from '../helpers/http';

let app: Core.Strapi;
const as: Record<string, Record<string, string>> = {};
let table: string;

/** A convened meeting of the tavolo d'area Contrasto alla povertà, everyone present, and its draft minutes. */
async function draftMinutes(title: string, startsAt: string): Promise<string> {
  const meeting = await http(app)
    .post('/api/governance/meetings')
    .set(as.udp)
    .send({ data: { body: table, title, startsAt, place: 'Sede UdP', agenda: [{ key: 'sail', title: 'SAIL' }] } });
  const convened = await http(app).post(`/api/governance/meetings/${meeting.body.data.documentId}/convene`).set(as.udp);
  const attendance = convened.body.data.invitations.map((i: { membership: { documentId: string } }) => ({
    membership: i.membership.documentId,
    attendance: 'present',
  }));
  await http(app)
    .put(`/api/governance/meetings/${meeting.body.data.documentId}/attendance`)
    .set(as.udp)
    .send({ data: { attendance } });
  const created = await http(app)
    .post('/api/governance/minutes')
    .set(as.udp)
    .send({ data: { meeting: meeting.body.data.documentId } });
  expect(created.status).toBe(201);
  return created.body.data.documentId;
}

async function instanceOf(minutes: string) {
  const response = await http(app).get(`/api/workflows/instances?workflow=minutes&subject=${minutes}`).set(as.udp);
  expect(response.status).toBe(200);
  return response.body.data as { documentId: string; state: { key: string }; closed: boolean; lockVersion: number }[];
}

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const username of ['udp', 'tavolo.demo']) as[username] = await authHeader(app, username);
  table = await documentIdOf(app, 'plugin::governance.body', { code: 'tavolo-area-contrasto-poverta' });
});
afterAll(stopStrapi);

describe("the minutes' life cycle runs through the workflows engine", () => {
  it('starts a `minutes` instance with the draft, moves it with review, approval and publication, and audits each move', async () => {
    const minutes = await draftMinutes('Seduta con flusso', '2027-02-10T15:00:00+01:00');
    const [started] = await instanceOf(minutes);
    expect(started).toMatchObject({ state: { key: 'draft' }, closed: false });

    const review = await http(app).post(`/api/governance/minutes/${minutes}/review`).set(as.udp);
    expect(review.status).toBe(200);
    expect((await instanceOf(minutes))[0].state.key).toBe('in-review');

    const amendment = await http(app)
      .post(`/api/governance/minutes/${minutes}/amendments`)
      .set(as['tavolo.demo'])
      .send({ data: { kind: 'comment', itemKey: 'sail', text: 'Bene così.' } });
    expect(amendment.status).toBe(201);
    await http(app).post(`/api/governance/minutes/${minutes}/amendments/${amendment.body.data.documentId}/accept`).set(as.udp);
    expect((await http(app).post(`/api/governance/minutes/${minutes}/approve`).set(as.udp)).status).toBe(200);
    expect((await instanceOf(minutes))[0].state.key).toBe('approved');
    expect((await http(app).post(`/api/governance/minutes/${minutes}/publish`).set(as.udp)).status).toBe(200);
    expect((await instanceOf(minutes))[0]).toMatchObject({ state: { key: 'published' }, closed: true });

    const audit = await http(app).get(`/api/workflows/audit?subject=${minutes}`).set(as.udp);
    expect(audit.status).toBe(200);
    const moves = (
      audit.body.data as { action: string; transition: string | null; toState: string; actorUsername: string }[]
    ).filter((r) => r.action === 'start' || r.action === 'transition');
    expect(moves.map((r) => [r.transition, r.toState, r.actorUsername])).toEqual([
      [null, 'draft', 'udp'],
      ['open-review', 'in-review', 'udp'],
      ['approve', 'approved', 'udp'],
      ['publish', 'published', 'udp'],
    ]);
  });

  it('a refusal of the engine leaves the minutes as they were: state, version and instance', async () => {
    const minutes = await draftMinutes('Seduta fuori passo', '2027-02-17T15:00:00+01:00');
    const [instance] = await instanceOf(minutes);
    // Someone moves the instance in the workflows engine alone, twice: it is now ahead of the minutes.
    for (const [transition, expectedState] of [
      ['open-review', 'draft'],
      ['approve', 'in-review'],
    ]) {
      const moved = await http(app)
        .post(`/api/workflows/instances/${instance.documentId}/transitions`)
        .set(as.udp)
        .send({ transition, expectedState });
      expect(moved.status).toBe(200);
    }
    const refused = await http(app).post(`/api/governance/minutes/${minutes}/review`).set(as.udp);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/Approvato|Approved/);
    const after = await http(app).get(`/api/governance/minutes/${minutes}`).set(as.udp);
    expect(after.body.data).toMatchObject({ state: 'draft', version: 0, reviewOpenedOn: null });
    expect((await http(app).get(`/api/governance/minutes/${minutes}/versions`).set(as.udp)).body.data).toEqual([]);
    expect((await instanceOf(minutes))[0].state.key).toBe('approved');
  });

  it('minutes moved in the engine first are caught up without a second move', async () => {
    const minutes = await draftMinutes('Seduta già in revisione nel flusso', '2027-02-24T15:00:00+01:00');
    const [instance] = await instanceOf(minutes);
    await http(app)
      .post(`/api/workflows/instances/${instance.documentId}/transitions`)
      .set(as.udp)
      .send({ transition: 'open-review', expectedState: 'draft' });
    const review = await http(app).post(`/api/governance/minutes/${minutes}/review`).set(as.udp);
    expect(review.status).toBe(200);
    expect(review.body.data.state).toBe('in-review');
    const [after] = await instanceOf(minutes);
    expect(after).toMatchObject({ state: { key: 'in-review' }, lockVersion: instance.lockVersion + 1 });
  });
});
