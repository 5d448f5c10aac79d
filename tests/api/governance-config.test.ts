import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, documentIdOf, http } from '../helpers/http';

/**
 * Governance configured by the UdP (issue 14 point 6): members linked to accounts (search, invitation),
 * the services a body follows feeding its composition, minutes templates per body type, attendance and
 * reopening, the reason of a rejected amendment.
 */
let app: Core.Strapi;
const as: Record<string, Record<string, string>> = {};
let body: string; // a new GPS created by the UdP
let meeting: string;

const paths = (response: { body: { error: { details: { errors: { path: string[] }[] } } } }) =>
  response.body.error.details.errors.map((e) => e.path.join('.'));

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const username of ['udp', 'op.bussero', 'ente.demo', 'tavolo.demo']) as[username] = await authHeader(app, username);
  const created = await http(app)
    .post('/api/governance/bodies')
    .set(as.udp)
    .send({ data: { code: 'gps-prova', name: 'GPS di prova', type: 'gps' } });
  expect(created.status).toBe(201);
  body = created.body.data.documentId;
});
afterAll(stopStrapi);

describe('linking a member to an account', () => {
  it('the UdP finds accounts by username, e-mail or a member name, and gets only name, username and e-mail', async () => {
    const found = await http(app).get('/api/governance/accounts').query({ q: 'tavolo' }).set(as.udp);
    expect(found.status).toBe(200);
    const tavolo = found.body.data.find((a: { username: string }) => a.username === 'tavolo.demo');
    expect(tavolo).toBeDefined();
    expect(Object.keys(tavolo).sort()).toEqual(['documentId', 'email', 'name', 'username']);
    const byMail = await http(app).get('/api/governance/accounts').query({ q: tavolo.email.toUpperCase() }).set(as.udp);
    expect(byMail.body.data.map((a: { username: string }) => a.username)).toContain('tavolo.demo');
    // the demo links tavolo.demo to memberships of the tables: its member name finds it too
    if (tavolo.name) {
      const byName = await http(app)
        .get('/api/governance/accounts')
        .query({ q: tavolo.name.slice(0, 6) })
        .set(as.udp);
      expect(byName.body.data.map((a: { username: string }) => a.username)).toContain('tavolo.demo');
    }
  });

  it('no other role searches accounts, and a query of one letter is refused in words', async () => {
    for (const who of ['op.bussero', 'ente.demo', 'tavolo.demo']) {
      const refused = await http(app).get('/api/governance/accounts').query({ q: 'udp' }).set(as[who]);
      expect(refused.status).toBe(403);
      expect(JSON.stringify(refused.body)).not.toContain('@');
    }
    expect((await http(app).get('/api/governance/accounts').query({ q: 'udp' })).status).toBe(403);
    const short = await http(app).get('/api/governance/accounts').query({ q: 'u' }).set(as.udp);
    expect(short.status).toBe(400);
    expect(short.body.error.message).toMatch(/da 2 a 100 caratteri.*from 2 to 100 characters/);
  });

  it('a member linked to tavolo.demo makes the body theirs', async () => {
    const user = await documentIdOf(app, 'plugin::users-permissions.user', { username: 'tavolo.demo' });
    const created = await http(app)
      .post('/api/governance/memberships')
      .set(as.udp)
      .send({ data: { body, name: 'Referente terzo settore', seat: 'third-sector', user } });
    expect(created.status).toBe(201);
    expect(created.body.data.user.username).toBe('tavolo.demo');
    expect((await http(app).get(`/api/governance/bodies/${body}`).set(as['tavolo.demo'])).status).toBe(200);
    expect((await http(app).get(`/api/governance/bodies/${body}`).set(as['op.bussero'])).status).toBe(404);
  });

  it('a member with no account is invited: a blocked account with the table-member role, recorded on the member', async () => {
    const created = await http(app)
      .post('/api/governance/memberships')
      .set(as.udp)
      .send({ data: { body, name: 'Nuova referente ASST', seat: 'asst' } });
    const id = created.body.data.documentId;
    for (const who of ['op.bussero', 'tavolo.demo']) {
      const refused = await http(app)
        .post(`/api/governance/memberships/${id}/invite`)
        .set(as[who])
        .send({ data: { email: 'x@asst.it' } });
      expect(refused.status).toBe(403);
    }
    const bad = await http(app)
      .post(`/api/governance/memberships/${id}/invite`)
      .set(as.udp)
      .send({ data: { email: 'non-una-mail' } });
    expect(bad.status).toBe(400);
    expect(paths(bad)).toEqual(['data.email']);
    expect(bad.body.error.message).toMatch(/e-mail non valido.*invalid e-mail/);
    const tavoloMail = 'tavolo.demo@ambito.example.org';
    const existing = await http(app)
      .post(`/api/governance/memberships/${id}/invite`)
      .set(as.udp)
      .send({ data: { email: tavoloMail.toUpperCase() } });
    expect(existing.status).toBe(400);
    expect(existing.body.error.message).toMatch(/esiste già un account.*an account with this e-mail exists/);

    const invited = await http(app)
      .post(`/api/governance/memberships/${id}/invite`)
      .set(as.udp)
      .send({ data: { email: 'Referente.Nuova@asst-melegnano.example' } });
    expect(invited.status).toBe(200);
    expect(invited.body.data.email).toBe('referente.nuova@asst-melegnano.example');
    expect(invited.body.data.invitedOn).toEqual(expect.any(String));
    expect(invited.body.data.user.username).toBe('referente.nuova');
    const account = await app.db.query('plugin::users-permissions.user').findOne({
      where: { username: 'referente.nuova' },
      populate: { role: { select: ['type'] } },
    });
    expect(account).toMatchObject({ blocked: true, confirmed: false, role: { type: 'table-member' } });
    const login = await http(app).post('/api/auth/local').send({ identifier: 'referente.nuova', password: 'anything-at-all' });
    expect(login.status).toBe(400);
    const again = await http(app)
      .post(`/api/governance/memberships/${id}/invite`)
      .set(as.udp)
      .send({ data: { email: 'altra@asst.example' } });
    expect(again.status).toBe(400);
    expect(again.body.error.message).toMatch(/già collegato a un account.*already linked/);
    const found = await http(app).get('/api/governance/accounts').query({ q: 'referente.nuova' }).set(as.udp);
    expect(found.body.data).toEqual([
      {
        documentId: expect.any(String),
        name: 'Nuova referente ASST',
        username: 'referente.nuova',
        email: 'referente.nuova@asst-melegnano.example',
      },
    ]);
  });
});

describe('services followed feed the composition', () => {
  it('a new GPS follows no service until the UdP picks them; then each service provider needs a member', async () => {
    const before = (await http(app).get(`/api/governance/bodies/${body}`).set(as.udp)).body.data;
    expect(before.compositionIssues.map((i: { kind: string }) => i.kind)).toContain('oversees-services');
    expect(before.compositionIssues.map((i: { kind: string }) => i.kind)).not.toContain('service-providers');
    const sad = await documentIdOf(app, 'api::service.service', { code: 'sad-sadh-adh' });
    const updated = await http(app)
      .put(`/api/governance/bodies/${body}`)
      .set(as.udp)
      .send({ data: { services: [sad] } });
    expect(updated.status).toBe(200);
    expect(updated.body.data.services.map((s: { documentId: string }) => s.documentId)).toEqual([sad]);
    const kinds = updated.body.data.compositionIssues.map((i: { kind: string }) => i.kind);
    expect(kinds).not.toContain('oversees-services');
    const providers = updated.body.data.compositionIssues.filter((i: { kind: string }) => i.kind === 'service-providers');
    expect(providers.length).toBeGreaterThan(0);
    expect(providers[0].it).toMatch(/l'ente gestore «.+» \(.+\) deve avere almeno 1 membro: ne ha 0/);

    const provider = providers[0].provider.documentId as string;
    await http(app)
      .post('/api/governance/memberships')
      .set(as.udp)
      .send({ data: { body, name: 'Coordinatrice ente', seat: 'provider', provider } });
    const after = (await http(app).get(`/api/governance/bodies/${body}`).set(as.udp)).body.data;
    expect(
      after.compositionIssues.filter((i: { provider?: { documentId: string } }) => i.provider?.documentId === provider)
    ).toEqual([]);

    const unknown = await http(app)
      .put(`/api/governance/bodies/${body}`)
      .set(as.udp)
      .send({ data: { services: ['nessuno'] } });
    expect(unknown.status).toBe(400);
    expect(paths(unknown)).toEqual(['data.services.0']);
  });
});

describe('minutes templates per body type', () => {
  it('only the UdP reads and edits them; without one the minutes hold the agenda alone', async () => {
    expect((await http(app).get('/api/governance/minutes-templates').set(as['tavolo.demo'])).status).toBe(403);
    expect(
      (
        await http(app)
          .put('/api/governance/minutes-templates/gps')
          .set(as['op.bussero'])
          .send({ data: { items: [] } })
      ).status
    ).toBe(403);
    const list = await http(app).get('/api/governance/minutes-templates').set(as.udp);
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(8);
    expect(list.body.data.find((t: { bodyType: string }) => t.bodyType === 'gps')).toMatchObject({
      custom: false,
      items: [{ kind: 'agenda' }],
      bodyTypeLabel: { it: expect.any(String), en: expect.any(String) },
    });
    expect((await http(app).get('/api/governance/minutes-templates/nessuno').set(as.udp)).status).toBe(404);
  });

  it('a template needs the agenda exactly once and titles for fixed items: refused in words', async () => {
    const noAgenda = await http(app)
      .put('/api/governance/minutes-templates/gps')
      .set(as.udp)
      .send({ data: { items: [{ kind: 'fixed', title: 'Varie ed eventuali' }] } });
    expect(noAgenda.status).toBe(400);
    expect(noAgenda.body.error.message).toMatch(/ordine del giorno.*agenda items go/);
    const blank = await http(app)
      .put('/api/governance/minutes-templates/gps')
      .set(as.udp)
      .send({ data: { items: [{ kind: 'fixed', title: ' ' }, { kind: 'agenda' }, { kind: 'other' }] } });
    expect(blank.status).toBe(400);
    expect(paths(blank)).toEqual(['data.items.0.title', 'data.items.2.kind']);
    expect((await http(app).get('/api/governance/minutes-templates/gps').set(as.udp)).body.data.custom).toBe(false);
  });

  it('the minutes draft follows the template: fixed items around the agenda', async () => {
    const saved = await http(app)
      .put('/api/governance/minutes-templates/gps')
      .set(as.udp)
      .send({
        data: {
          items: [
            { kind: 'fixed', title: 'Verifica del numero legale' },
            {
              kind: 'fixed',
              title: 'Approvazione del verbale precedente',
              text: '<p>Il verbale è approvato.</p><script>x()</script>',
            },
            { kind: 'agenda' },
            { kind: 'fixed', title: 'Varie ed eventuali' },
          ],
        },
      });
    expect(saved.status).toBe(200);
    expect(saved.body.data.custom).toBe(true);
    expect(saved.body.data.items[1].text).not.toContain('<script>');

    const created = await http(app)
      .post('/api/governance/meetings')
      .set(as.udp)
      .send({
        data: {
          body,
          title: 'Prima seduta',
          startsAt: '2027-03-10T10:00:00+01:00',
          place: 'Sede UdP',
          agenda: [
            { key: 'modello-1', title: 'Andamento del servizio' },
            { key: 'budget', title: 'Budget' },
          ],
        },
      });
    meeting = created.body.data.documentId;
    expect((await http(app).post(`/api/governance/meetings/${meeting}/convene`).set(as.udp)).status).toBe(200);
  });
});

describe('attendance and reopening', () => {
  it('a meeting that is not held is not reopened; a held one goes back to convened', async () => {
    const early = await http(app).post(`/api/governance/meetings/${meeting}/reopen`).set(as.udp);
    expect(early.status).toBe(400);
    expect(early.body.error.message).toMatch(/solo una seduta tenuta.*only a held meeting/);
    const convened = (await http(app).get(`/api/governance/meetings/${meeting}`).set(as.udp)).body.data;
    // every row still to record: the meeting is held with no quorum
    const pending = convened.invitations.map((i: { membership: { documentId: string } }) => ({
      membership: i.membership.documentId,
      attendance: 'pending',
    }));
    const held = await http(app)
      .put(`/api/governance/meetings/${meeting}/attendance`)
      .set(as.udp)
      .send({ data: { attendance: pending } });
    expect(held.body.data.status).toBe('held');
    expect(held.body.data.quorum.reached).toBe(false);
    expect((await http(app).post(`/api/governance/meetings/${meeting}/reopen`).set(as['tavolo.demo'])).status).toBe(403);
    const reopened = await http(app).post(`/api/governance/meetings/${meeting}/reopen`).set(as.udp);
    expect(reopened.status).toBe(200);
    expect(reopened.body.data.status).toBe('convened');
    const present = pending.map((p: { membership: string }) => ({ ...p, attendance: 'present' }));
    const again = await http(app)
      .put(`/api/governance/meetings/${meeting}/attendance`)
      .set(as.udp)
      .send({ data: { attendance: present } });
    expect(again.body.data.status).toBe('held');
    expect(again.body.data.quorum.reached).toBe(true);
  });

  it('minutes drafted from the template; then neither attendance nor reopening changes the meeting', async () => {
    const minutes = await http(app).post('/api/governance/minutes').set(as.udp).send({ data: { meeting } });
    expect(minutes.status).toBe(201);
    expect(minutes.body.data.items.map((i: { title: string }) => i.title)).toEqual([
      'Verifica del numero legale',
      'Approvazione del verbale precedente',
      'Andamento del servizio',
      'Budget',
      'Varie ed eventuali',
    ]);
    const keys = minutes.body.data.items.map((i: { key: string }) => i.key);
    expect(new Set(keys).size).toBe(5);
    expect(keys[2]).toBe('modello-1'); // the agenda keeps its keys; fixed items take free ones
    expect(minutes.body.data.items[1].text).toBe('<p>Il verbale è approvato.</p>&lt;script&gt;x()&lt;/script&gt;');

    const reopen = await http(app).post(`/api/governance/meetings/${meeting}/reopen`).set(as.udp);
    expect(reopen.status).toBe(400);
    expect(reopen.body.error.message).toMatch(/ha già un verbale.*already has minutes/);
    const current = (await http(app).get(`/api/governance/meetings/${meeting}`).set(as.udp)).body.data;
    const absent = current.invitations.map((i: { membership: { documentId: string } }) => ({
      membership: i.membership.documentId,
      attendance: 'absent',
    }));
    const record = await http(app)
      .put(`/api/governance/meetings/${meeting}/attendance`)
      .set(as.udp)
      .send({ data: { attendance: absent } });
    expect(record.status).toBe(400);
    expect(record.body.error.message).toMatch(/verbale della seduta è già redatto.*minutes of the meeting are drafted/);
    const after = (await http(app).get(`/api/governance/meetings/${meeting}`).set(as.udp)).body.data;
    expect(after.status).toBe('held');
    expect(after.quorum.reached).toBe(true);
  });
});

describe('rejecting an amendment needs a reason', () => {
  it('a rejection without a reason is refused and changes nothing; with one it is recorded', async () => {
    const minutes = (await http(app).get('/api/governance/minutes').query({ meeting }).set(as.udp)).body.data[0].documentId;
    expect((await http(app).post(`/api/governance/minutes/${minutes}/review`).set(as.udp)).status).toBe(200);
    const proposed = await http(app)
      .post(`/api/governance/minutes/${minutes}/amendments`)
      .set(as['tavolo.demo'])
      .send({ data: { kind: 'amendment', itemKey: 'budget', proposedText: '<p>Budget confermato.</p>' } });
    expect(proposed.status).toBe(201);
    const amendment = proposed.body.data.documentId;
    for (const data of [undefined, {}, { note: '   ' }]) {
      const refused = await http(app)
        .post(`/api/governance/minutes/${minutes}/amendments/${amendment}/reject`)
        .set(as.udp)
        .send(data === undefined ? {} : { data });
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toMatch(/motivo del rifiuto.*reason for rejecting/);
    }
    const still = (await http(app).get(`/api/governance/minutes/${minutes}`).set(as.udp)).body.data;
    expect(still.amendments[0].status).toBe('pending');
    const rejected = await http(app)
      .post(`/api/governance/minutes/${minutes}/amendments/${amendment}/reject`)
      .set(as.udp)
      .send({ data: { note: 'Il budget si discute a giugno.' } });
    expect(rejected.status).toBe(200);
    expect(rejected.body.data.amendments[0]).toMatchObject({
      status: 'rejected',
      decisionNote: 'Il budget si discute a giugno.',
    });
  });
});
