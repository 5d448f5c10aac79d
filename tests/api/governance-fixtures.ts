import type { Core } from '@strapi/strapi';
import { authHeader, documentIdOf, http } from '../helpers/http';

/** What the minutes tests share: the demo loaded, a login per user, a meeting held and its draft minutes. */
export interface MinutesFixture {
  as: Record<'udp' | 'op.bussero' | 'op.carugate' | 'tavolo.demo', Record<string, string>>;
  /** documentId of the draft minutes. */
  minutes: string;
  /** documentId of tavolo.demo's membership of the table. */
  tavoloMembership: string;
}

/** A valid-form fiscal code that must never appear in shared minutes. */
export const CF = 'RSSMRA80A01F205X';
export const XSS = '<p onclick="steal()">Relazione<script>alert(1)</script></p><img src=x onerror="alert(2)">';

/** The `path`s of a 400's validation errors, joined with dots. */
export const paths = (response: { body: { error: { details: { errors: { path: string[] }[] } } } }) =>
  response.body.error.details.errors.map((e) => e.path.join('.'));

/**
 * A meeting of the tavolo d'area Contrasto alla povertà, convened and held: tavolo.demo attends;
 * op.bussero, added as an observer, is absent. Its minutes are created as a draft.
 */
export async function heldMeetingWithDraftMinutes(app: Core.Strapi): Promise<MinutesFixture> {
  const as = {} as MinutesFixture['as'];
  for (const username of ['udp', 'op.bussero', 'op.carugate', 'tavolo.demo'] as const)
    as[username] = await authHeader(app, username);

  const table = await documentIdOf(app, 'plugin::governance.body', { code: 'tavolo-area-contrasto-poverta' });
  const bussero = await documentIdOf(app, 'plugin::users-permissions.user', { username: 'op.bussero' });
  const observer = await http(app)
    .post('/api/governance/memberships')
    .set(as.udp)
    .send({
      data: { body: table, name: 'Osservatore (op.bussero)', seat: 'municipal-official', role: 'observer', user: bussero },
    });
  expect(observer.status).toBe(201);
  const meeting = await http(app)
    .post('/api/governance/meetings')
    .set(as.udp)
    .send({
      data: {
        body: table,
        title: 'Seduta di prova',
        startsAt: '2027-01-20T15:00:00+01:00',
        place: 'Sede UdP',
        agenda: [
          { key: 'sail', title: 'SAIL' },
          { key: 'varie', title: 'Varie' },
        ],
      },
    });
  const meetingId = meeting.body.data.documentId as string;
  const convened = await http(app).post(`/api/governance/meetings/${meetingId}/convene`).set(as.udp);
  const invitations = convened.body.data.invitations as { membership: { documentId: string; name: string } }[];
  const attendance = invitations.map((i) => ({
    membership: i.membership.documentId,
    attendance: i.membership.name.startsWith('Osservatore') ? 'absent' : 'present',
  }));
  const tavolo = invitations.find((i) => i.membership.name.includes('tavolo.demo'));
  await http(app).put(`/api/governance/meetings/${meetingId}/attendance`).set(as.udp).send({ data: { attendance } });
  const created = await http(app)
    .post('/api/governance/minutes')
    .set(as.udp)
    .send({ data: { meeting: meetingId } });
  expect(created.status).toBe(201);
  return { as, minutes: created.body.data.documentId, tavoloMembership: tavolo?.membership.documentId as string };
}
