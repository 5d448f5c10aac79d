import type { Attendance } from '../plugins/governance/shared';
import { dayInItaly, DEFAULT_COMPOSITION, defaultQuorum, isActiveOn } from '../plugins/governance/shared';
import { governanceBodies } from './governance/bodies';
import { governanceMeetings } from './governance/meetings';
import { governanceMembers } from './governance/members';
import { seedGovernanceMinutes } from './governance/seed-minutes';
import type { SeedMeeting } from './governance/types';
import type { SeedContext } from './seed-context';

const BODY = 'plugin::governance.body';
const MEMBERSHIP = 'plugin::governance.membership';
const MEETING = 'plugin::governance.meeting';

interface SeatedMember {
  documentId: string;
  name: string;
  from: string | null;
  to: string | null;
  body: { documentId: string } | null;
}

/** Invitations of a seeded meeting: members in office that day; held meetings have their attendance. */
function invitationsOf(meeting: SeedMeeting, members: SeatedMember[], invitedOn: string) {
  const day = dayInItaly(meeting.startsAt);
  return members
    .filter((m) => isActiveOn(m, day))
    .map((m) => {
      const delegated = meeting.delegated?.find((d) => d.name === m.name);
      const attendance: Attendance = !meeting.held
        ? 'pending'
        : meeting.absent?.includes(m.name)
          ? 'absent'
          : delegated
            ? 'delegated'
            : 'present';
      return { membership: m.documentId, invitedOn, attendance, delegate: delegated?.delegate ?? null };
    });
}

/**
 * The governance of Distretto 4: every body of section 4.1 with its composition rules, its members
 * (placeholder people), the meetings of 2026 with invitations and attendance, and minutes in every state.
 * Idempotent: bodies by code, members by body and name, meetings by body and start; what exists is kept.
 */
export async function seedGovernance(context: SeedContext): Promise<void> {
  const { strapi, documentIdOf, count } = context;
  if (!strapi.plugin('governance')) return;
  const docs = (uid: string) => strapi.documents(uid as never);
  const query = (uid: string) => strapi.db.query(uid as never);
  const services = (codes: string[] = []) => codes.map((code) => documentIdOf('service', code)).filter(Boolean);

  const bodies = new Map(
    ((await query(BODY).findMany({ select: ['code', 'documentId'] })) as { code: string; documentId: string }[]).map((b) => [
      b.code,
      b.documentId,
    ])
  );
  const users = new Map(
    (
      (await query('plugin::users-permissions.user').findMany({ select: ['documentId', 'username'] })) as {
        documentId: string;
        username: string;
      }[]
    ).map((u) => [u.username, u.documentId])
  );
  const seatedMembers = async () =>
    (await query(MEMBERSHIP).findMany({
      select: ['documentId', 'name', 'from', 'to'],
      populate: { body: { select: ['documentId'] } },
    })) as SeatedMember[];

  for (const body of governanceBodies) {
    count(BODY, !bodies.has(body.code));
    if (bodies.has(body.code)) continue;
    const created = (await docs(BODY).create({
      data: {
        code: body.code,
        name: body.name,
        type: body.type,
        description: body.description,
        area: body.areaCode ? (documentIdOf('area', body.areaCode) ?? null) : null,
        services: services(body.serviceCodes),
        compositionRules: DEFAULT_COMPOSITION[body.type],
        quorumRule: defaultQuorum(body.type),
        public: body.public,
      },
    } as never)) as { documentId: string };
    bodies.set(body.code, created.documentId);
  }

  const seated = new Set((await seatedMembers()).map((m) => `${m.body?.documentId}|${m.name}`));
  for (const member of governanceMembers) {
    const body = bodies.get(member.body) as string;
    count(MEMBERSHIP, !seated.has(`${body}|${member.name}`));
    if (seated.has(`${body}|${member.name}`)) continue;
    await docs(MEMBERSHIP).create({
      data: {
        body,
        name: member.name,
        seat: member.seat,
        role: member.role ?? 'member',
        organisation: member.organisation,
        municipality: member.municipality ? (documentIdOf('municipality', member.municipality) ?? null) : null,
        provider: member.providerVat ? (documentIdOf('provider', member.providerVat) ?? null) : null,
        delegateFor: member.delegateFor ? (bodies.get(member.delegateFor) ?? null) : null,
        user: member.username ? (users.get(member.username) ?? null) : null,
        from: member.from ?? null,
      },
    } as never);
  }

  const members = await seatedMembers();
  const held = new Set(
    (
      (await query(MEETING).findMany({ select: ['startsAt'], populate: { body: { select: ['documentId'] } } })) as {
        startsAt: string;
        body: { documentId: string } | null;
      }[]
    ).map((m) => `${m.body?.documentId}|${new Date(m.startsAt).toISOString()}`)
  );
  for (const meeting of governanceMeetings) {
    const body = bodies.get(meeting.body) as string;
    count(MEETING, !held.has(`${body}|${meeting.startsAt}`));
    if (held.has(`${body}|${meeting.startsAt}`)) continue;
    const convenedOn = new Date(Date.parse(meeting.startsAt) - 14 * 86_400_000).toISOString();
    await docs(MEETING).create({
      data: {
        body,
        title: meeting.title,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        place: meeting.place ?? null,
        onlineUrl: meeting.onlineUrl ?? null,
        status: meeting.held ? 'held' : 'convened',
        convenedOn,
        sequence: 1,
        agenda: meeting.agenda.map((item) => ({
          key: item.key,
          title: item.title,
          description: item.description ?? null,
          services: services(item.serviceCodes),
          documents: [],
        })),
        invitations: invitationsOf(
          meeting,
          members.filter((m) => m.body?.documentId === body),
          convenedOn
        ),
      },
    });
  }

  await seedGovernanceMinutes(context, bodies.get('tavolo-area-contrasto-poverta') as string);
}
