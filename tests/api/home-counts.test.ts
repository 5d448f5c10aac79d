import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, http } from '../helpers/http';

/**
 * The homes count the role's work from the same lists the role's pages show (admin/src/home): these are the
 * exact requests they send. Each count must hold only what the role may see: an operator's cases of its own
 * comune, a provider's referrals and vouchers, a table member's minutes of its own bodies.
 */
jest.setTimeout(480_000);
let app: Core.Strapi;
const ROLES = ['udp', 'op.bussero', 'op.carugate', 'ente.demo', 'tavolo.demo'] as const;
type Who = (typeof ROLES)[number];
const headers: Partial<Record<Who, Record<string, string>>> = {};
const get = (who: Who, url: string) =>
  http(app)
    .get(url)
    .set(headers[who] ?? {});

/** The comune of each case, read from the database (what the API must not leak). */
async function comuneOfCases(ids: string[]): Promise<string[]> {
  const rows = (await app.db
    .query('api::case.case')
    .findMany({ where: { documentId: { $in: ids } }, populate: { municipality: { select: ['name'] } } })) as {
    municipality: { name: string } | null;
  }[];
  return [...new Set(rows.map((row) => row.municipality?.name ?? '—'))];
}

const CASE_INSTANCES = '/api/workflows/instances?subjectType=api::case.case&closed=false&pageSize=200';
const PENDING_REFERRALS = '/api/referrals?filters[status][$eq]=pending&pagination[pageSize]=1';

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const who of ROLES) headers[who] = await authHeader(app, who);
});

afterAll(stopStrapi);

describe("an operator's home counts its own comune's cases only", () => {
  it.each([
    ['op.bussero', 'Bussero'],
    ['op.carugate', 'Carugate'],
  ] as const)('%s: the running case workflows are all of %s', async (who, comune) => {
    const response = await get(who, CASE_INSTANCES);
    expect(response.status).toBe(200);
    const subjects = (response.body.data as { subject: { documentId: string } }[]).map((instance) => instance.subject.documentId);
    if (subjects.length > 0) expect(await comuneOfCases(subjects)).toEqual([comune]);
    expect(response.body.meta.pagination.total).toBe(subjects.length);
  });

  it('the two operators see no instance in common, and the UdP sees them all', async () => {
    const ids = async (who: Who) =>
      new Set(((await get(who, CASE_INSTANCES)).body.data as { documentId: string }[]).map((instance) => instance.documentId));
    const bussero = await ids('op.bussero');
    const carugate = await ids('op.carugate');
    const udp = await ids('udp');
    expect([...bussero].filter((id) => carugate.has(id))).toEqual([]);
    for (const id of [...bussero, ...carugate]) expect(udp.has(id)).toBe(true);
  });

  it.each(['op.bussero', 'op.carugate'] as const)('%s: the referrals waiting are those of its comune', async (who) => {
    const response = await get(
      who,
      '/api/referrals?filters[status][$eq]=pending&populate[case][populate][municipality]=true&pagination[pageSize]=100'
    );
    expect(response.status).toBe(200);
    const comuni = new Set(
      (response.body.data as { case?: { municipality?: { name: string } } }[]).map((r) => r.case?.municipality?.name)
    );
    const expected = who === 'op.bussero' ? 'Bussero' : 'Carugate';
    for (const comune of comuni) expect(comune).toBe(expected);
    const counted = await get(who, PENDING_REFERRALS);
    expect(counted.body.meta.pagination.total).toBe(response.body.data.length);
  });
});

describe("a provider's home counts its own referrals and vouchers", () => {
  it('the referrals to accept are addressed to its provider, the vouchers are its own', async () => {
    const user = (await app.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { username: 'ente.demo' }, populate: { linkedProvider: true } })) as {
      linkedProvider: { documentId: string } | null;
    };
    const provider = { provider: user.linkedProvider };
    expect(provider.provider?.documentId).toEqual(expect.any(String));
    const referrals = await get(
      'ente.demo',
      '/api/referrals?filters[status][$eq]=pending&populate[toProvider]=true&pagination[pageSize]=100'
    );
    expect(referrals.status).toBe(200);
    for (const referral of referrals.body.data as { toProvider?: { documentId: string } }[])
      expect(referral.toProvider?.documentId).toBe(provider.provider?.documentId);
    const all = await app.db
      .query('api::referral.referral')
      .count({ where: { status: 'pending', toProvider: { documentId: provider.provider?.documentId } } });
    expect((await get('ente.demo', PENDING_REFERRALS)).body.meta.pagination.total).toBe(all);
    const vouchers = await get(
      'ente.demo',
      '/api/vouchers?filters[status][$eq]=issued&populate[provider]=true&pagination[pageSize]=100'
    );
    expect(vouchers.status).toBe(200);
    for (const voucher of vouchers.body.data as { provider?: { documentId: string } }[])
      expect(voucher.provider?.documentId).toBe(provider.provider?.documentId);
  });
});

describe("a table member's home counts the minutes of its own bodies", () => {
  it('the minutes in review and the next meetings are of bodies it belongs to, the meetings from today, soonest first', async () => {
    const member = (await app.db.query('plugin::users-permissions.user').findOne({ where: { username: 'tavolo.demo' } })) as {
      id: number;
    };
    const memberships = (await app.db
      .query('plugin::governance.membership')
      .findMany({ where: { user: member.id }, populate: { body: { select: ['documentId', 'public'] } } })) as {
      body: { documentId: string } | null;
    }[];
    const mine = new Set(memberships.map((m) => m.body?.documentId));
    const inReview = await get('tavolo.demo', '/api/governance/minutes?state=in-review&pagination[pageSize]=100');
    expect(inReview.status).toBe(200);
    for (const minutes of inReview.body.data as { bodyOf: { documentId: string } }[])
      expect(mine.has(minutes.bodyOf.documentId)).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    const meetings = await get('tavolo.demo', `/api/governance/meetings?from=${today}&pagination[pageSize]=50`);
    expect(meetings.status).toBe(200);
    const starts = (meetings.body.data as { startsAt: string }[]).map((m) => m.startsAt);
    expect([...starts].sort()).toEqual(starts);
    for (const start of starts) expect(Date.parse(start)).toBeGreaterThan(Date.parse(`${today}T00:00:00Z`) - 86_400_000);
  });
});

describe('the menu badge and the home count the same open tasks', () => {
  it.each(['udp', 'op.bussero', 'tavolo.demo'] as const)(
    '%s: one answer, the open tasks of the user and of the role',
    async (who) => {
      const response = await get(who, '/api/workflows/tasks?status=open&pageSize=200');
      expect(response.status).toBe(200);
      const user = (await app.db
        .query('plugin::users-permissions.user')
        .findOne({ where: { username: who }, populate: { role: true } })) as {
        id: number;
        username: string;
        role: { type: string };
      };
      for (const task of response.body.data as { assignee: { role: string | null; username: string | null } }[]) {
        expect(
          task.assignee.username === user.username ||
            (task.assignee.role === user.role.type && !task.assignee.username) ||
            task.assignee.role === user.role.type
        ).toBe(true);
      }
    }
  );
});
