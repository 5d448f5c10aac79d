import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, documentIdOf, http } from '../helpers/http';

/**
 * Access per role and per route on the demo data: udp is the secretariat of every body; op.bussero and
 * op.carugate are municipal officials, ente.demo the referent of its provider in the GPS Disabilità,
 * tavolo.demo a third-sector member of the tavolo d'area Contrasto alla povertà (whose demo minutes are
 * published, in review and draft), the co-programming table and the Comitato Promotore.
 */
let app: Core.Strapi;
const ROLES = ['udp', 'op.bussero', 'op.carugate', 'ente.demo', 'tavolo.demo', 'public'] as const;
type Who = (typeof ROLES)[number];
const headers: Partial<Record<Who, Record<string, string>>> = {};
const get = (who: Who, url: string) =>
  http(app)
    .get(url)
    .set(headers[who] ?? {});
const ids: Record<string, string> = {};
const codesOf = (data: { code: string }[]) => data.map((b) => b.code).sort();

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const who of ROLES) if (who !== 'public') headers[who] = await authHeader(app, who);
  ids.table = await documentIdOf(app, 'plugin::governance.body', { code: 'tavolo-area-contrasto-poverta' });
  ids.assemblea = await documentIdOf(app, 'plugin::governance.body', { code: 'assemblea-sindaci' });
  ids.gps = await documentIdOf(app, 'plugin::governance.body', { code: 'gps-disabilita' });
  const minutes = await app.db.query('plugin::governance.minutes').findMany({ select: ['documentId', 'state'] });
  for (const state of ['published', 'in-review', 'draft'])
    ids[state] = minutes.find((m: { state: string }) => m.state === state).documentId;
});
afterAll(stopStrapi);

describe('bodies each role sees', () => {
  const PUBLIC = ['assemblea-sindaci', 'tavolo-coprogrammazione'];
  it.each([
    ['public', PUBLIC],
    ['tavolo.demo', [...PUBLIC, 'comitato-promotore', 'tavolo-area-contrasto-poverta']],
    ['ente.demo', [...PUBLIC, 'gps-disabilita']],
    ['op.bussero', [...PUBLIC, 'tavolo-area-benessere-familiare', 'tavolo-tecnico']],
    ['op.carugate', [...PUBLIC, 'gps-disabilita', 'tavolo-area-autonomie', 'tavolo-tecnico']],
  ] as [Who, string[]][])('%s', async (who, expected) => {
    const response = await get(who, '/api/governance/bodies');
    expect(response.status).toBe(200);
    expect(codesOf(response.body.data)).toEqual(expected.sort());
  });

  it('udp sees all 14', async () => {
    expect((await get('udp', '/api/governance/bodies')).body.data).toHaveLength(14);
  });

  it('a private body is not found for whoever does not sit in it', async () => {
    for (const who of ['public', 'op.bussero', 'ente.demo'] as Who[])
      expect((await get(who, `/api/governance/bodies/${ids.table}`)).status).toBe(404);
    expect((await get('tavolo.demo', `/api/governance/bodies/${ids.table}`)).status).toBe(200);
  });
});

describe('memberships: who sits is visible with the body, contacts only to the secretariat', () => {
  it('members see names, seats and organisations; udp also e-mails and accounts', async () => {
    const asMember = await get('tavolo.demo', `/api/governance/memberships?body=${ids.table}`);
    expect(asMember.body.data.length).toBeGreaterThan(5);
    for (const m of asMember.body.data) {
      expect(m).toHaveProperty('seat');
      expect(m).not.toHaveProperty('email');
      expect(m).not.toHaveProperty('user');
    }
    const asUdp = await get('udp', `/api/governance/memberships?body=${ids.table}`);
    expect(asUdp.body.data.find((m: { user: { username: string } | null }) => m.user?.username === 'tavolo.demo')).toBeDefined();
    expect((await get('op.bussero', `/api/governance/memberships?body=${ids.table}`)).body.data).toEqual([]);
    expect((await get('public', `/api/governance/memberships?body=${ids.assemblea}`)).body.data).toHaveLength(10);
  });
});

describe('meetings', () => {
  it('members read their bodies’ meetings with attendance and quorum; the public only public bodies’, without attendance', async () => {
    const asPublic = await get('public', '/api/governance/meetings');
    expect(new Set(asPublic.body.data.map((m: { body: { code: string } }) => m.body.code))).toEqual(
      new Set(['assemblea-sindaci', 'tavolo-coprogrammazione'])
    );
    for (const meeting of asPublic.body.data) {
      expect(meeting).not.toHaveProperty('invitations');
      expect(meeting).not.toHaveProperty('quorum');
    }
    const asProvider = await get('ente.demo', `/api/governance/meetings?body=${ids.gps}`);
    expect(asProvider.body.data).toHaveLength(4);
    expect(asProvider.body.data[0].quorum.reached).toBe(true);
    expect(asProvider.body.data[0].myAttendance).toBe('present');
    expect((await get('ente.demo', `/api/governance/meetings?body=${ids.table}`)).body.data).toEqual([]);
    expect((await get('udp', '/api/governance/meetings?from=31-12-2026')).status).toBe(400);
  });
});

describe('minutes by state', () => {
  it.each([
    ['udp', ['published', 'in-review', 'draft']],
    ['tavolo.demo', ['published', 'in-review']],
    ['op.bussero', []],
    ['ente.demo', []],
    ['public', []],
  ] as [Who, string[]][])('%s reads the minutes of the tavolo d’area in the states %j', async (who, states) => {
    for (const state of ['published', 'in-review', 'draft']) {
      const response = await get(who, `/api/governance/minutes/${ids[state]}`);
      expect({ state, status: response.status }).toEqual({ state, status: states.includes(state) ? 200 : 404 });
    }
    const list = await get(who, `/api/governance/minutes?body=${ids.table}`);
    expect(list.body.data.map((m: { state: string }) => m.state).sort()).toEqual([...states].sort());
  });

  it('the demo minutes went through every state, with accepted and rejected amendments and versions', async () => {
    const published = (await get('udp', `/api/governance/minutes/${ids.published}`)).body.data;
    expect(published.version).toBeGreaterThanOrEqual(2);
    expect(published.amendments.map((a: { status: string }) => a.status).sort()).toEqual(['accepted', 'accepted', 'rejected']);
    expect((await get('tavolo.demo', `/api/governance/minutes/${ids.published}/versions`)).body.data.length).toBe(
      published.version
    );
    const review = (await get('tavolo.demo', `/api/governance/minutes/${ids['in-review']}`)).body.data;
    expect(review).toMatchObject({ canAmend: true });
    expect(review.amendments.map((a: { status: string }) => a.status)).toEqual(['pending']);
    const actions = await get('tavolo.demo', `/api/governance/action-items?minutes=${ids.published}`);
    expect(actions.body.data.length).toBe(3);
    expect((await get('op.bussero', `/api/governance/action-items?minutes=${ids.published}`)).body.data).toEqual([]);
  });
});

describe('writes: the secretariat only', () => {
  const writes: [string, string, object?][] = [
    ['post', '/api/governance/bodies', { data: { code: 'x', name: 'X', type: 'gps' } }],
    ['put', '/api/governance/bodies/:body', { data: { name: 'X' } }],
    ['delete', '/api/governance/bodies/:body'],
    ['post', '/api/governance/memberships', { data: { body: 'x', name: 'X', seat: 'other' } }],
    ['put', '/api/governance/memberships/x', { data: { name: 'X' } }],
    ['delete', '/api/governance/memberships/x'],
    ['post', '/api/governance/meetings', { data: { body: 'x', title: 'X', startsAt: '2027-01-01T10:00:00Z' } }],
    ['put', '/api/governance/meetings/x', { data: { title: 'X' } }],
    ['delete', '/api/governance/meetings/x'],
    ['post', '/api/governance/meetings/x/convene'],
    ['post', '/api/governance/meetings/x/cancel'],
    ['put', '/api/governance/meetings/x/attendance', { data: { attendance: [] } }],
    ['post', '/api/governance/meetings/x/documents'],
    ['delete', '/api/governance/meetings/x/documents/1'],
    ['post', '/api/governance/minutes', { data: { meeting: 'x' } }],
    ['put', '/api/governance/minutes/:review', { data: { title: 'X' } }],
    ['post', '/api/governance/minutes/:review/review'],
    ['post', '/api/governance/minutes/:review/approve'],
    ['post', '/api/governance/minutes/:draft/publish'],
    ['post', '/api/governance/minutes/:review/amendments/x/accept'],
    ['post', '/api/governance/minutes/:review/amendments/x/reject'],
    ['post', '/api/governance/action-items', { data: { minutes: 'x', kind: 'decision', text: 'X' } }],
  ];
  const url = (path: string) =>
    path.replace(':body', ids.table).replace(':review', ids['in-review']).replace(':draft', ids.draft);

  it.each(['op.bussero', 'op.carugate', 'ente.demo', 'tavolo.demo', 'public'] as Who[])(
    '%s gets 403 on every write of the secretariat',
    async (who) => {
      for (const [method, path, body] of writes) {
        const call = (http(app) as unknown as Record<string, (u: string) => ReturnType<ReturnType<typeof http>['get']>>)
          [method](url(path))
          .set(headers[who] ?? {});
        const response = body ? await call.send(body) : await call;
        expect({ route: `${method} ${path}`, status: response.status }).toEqual({ route: `${method} ${path}`, status: 403 });
      }
      expect((await get('udp', `/api/governance/bodies/${ids.table}`)).body.data.name).not.toBe('X');
    }
  );

  it('members may not create calendar links or amend without a login', async () => {
    expect((await http(app).post('/api/governance/members/me/calendar-feed')).status).toBe(403);
    expect(
      (
        await http(app)
          .post(`/api/governance/minutes/${ids['in-review']}/amendments`)
          .send({ data: { kind: 'comment', text: 'x' } })
      ).status
    ).toBe(403);
    expect(
      (
        await http(app)
          .put('/api/governance/action-items/x')
          .send({ data: { status: 'done' } })
      ).status
    ).toBe(403);
  });
});

describe('never a 500 from user input', () => {
  it('malformed requests get a 4xx', async () => {
    const calls: [string, string, unknown][] = [
      [
        'post',
        '/api/governance/bodies',
        { data: { code: 'x-y', name: 'X', type: 'gps', compositionRules: null, quorumRule: null } },
      ],
      ['put', `/api/governance/bodies/${'x'.repeat(300)}`, { data: { name: 'X' } }],
      [
        'post',
        '/api/governance/memberships',
        { data: { body: ['x'], name: { it: 'x' }, seat: 1, user: 'nobody', from: 20260101 } },
      ],
      [
        'post',
        '/api/governance/meetings',
        { data: { body: 'x', title: 'X', startsAt: '2026-02-30T10:00:00Z', agenda: [{ services: 'x' }, 'y'] } },
      ],
      [
        'post',
        '/api/governance/meetings',
        {
          data: {
            body: 'x',
            title: 'X',
            startsAt: '2027-01-01T10:00:00Z',
            onlineUrl: 'javascript:alert(1)',
            endsAt: '2026-01-01T10:00:00Z',
          },
        },
      ],
      ['put', '/api/governance/meetings/x/attendance', { data: { attendance: 'all' } }],
      ['post', '/api/governance/minutes', { data: { meeting: null } }],
      ['put', `/api/governance/minutes/${ids.draft}`, { data: { items: [{ key: 'A B', title: '', text: 5 }], body: ['x'] } }],
      [
        'post',
        `/api/governance/minutes/${ids['in-review']}/amendments`,
        { data: { kind: 'amendment', proposedText: 5, itemKey: {} } },
      ],
      ['post', `/api/governance/minutes/${ids['in-review']}/review`, { data: 'now' }],
      [
        'post',
        '/api/governance/action-items',
        { data: { minutes: ids.draft, kind: 'action', text: 'x'.repeat(3000), services: 'sail' } },
      ],
      ['get', '/api/governance/meetings?body[$ne]=x&from=yesterday', undefined],
      ['get', '/api/governance/minutes?state=lost&pagination[page]=0', undefined],
      ['get', `/api/governance/minutes/${ids.published}/versions/1.5`, undefined],
      ['post', '/api/governance/meetings/x/documents', { item: 'x' }],
    ];
    for (const [method, url, body] of calls) {
      const request = (http(app) as unknown as Record<string, (u: string) => ReturnType<ReturnType<typeof http>['get']>>)
        [method](url)
        .set(headers.udp ?? {});
      const response = body === undefined ? await request : await request.send(body as object);
      expect({ url, method, status: response.status < 500 && response.status >= 400 }).toEqual({ url, method, status: true });
      expect(response.body.error.message).toContain(' / ');
    }
  });
});
