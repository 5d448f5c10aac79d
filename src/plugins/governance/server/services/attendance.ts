import type { Core } from '@strapi/strapi';
import { queueInvitations } from '../notify/meeting-invitations';
import {
  ATTENDANCE,
  dayInItaly,
  DEFAULT_QUORUM,
  checkQuorumRule,
  evaluateQuorum,
  isActiveOn,
  scanPersonalData,
} from '../../shared';
import type { Attendance, QuorumResult, QuorumRule } from '../../shared';
import { createQueries } from '../data/queries';
import { UID } from '../data/rows';
import type { Invitation, MeetingRow, MembershipRow } from '../data/rows';
import type { Viewer } from '../access/viewer';
import { conflict, throwIssues, throwPersonalData } from '../utils/errors';
import { FieldChecker, isRecord } from '../validation/fields';
import { getService } from '../utils/get-service';
import { meetingTexts } from './meetings';

/** Convening (invitations to the members in office on the day), attendance, and the quorum that follows. */
const createAttendanceService = ({ strapi }: { strapi: Core.Strapi }) => {
  const queries = createQueries(strapi);
  const documents = () => strapi.documents(UID.meeting);
  const meetings = () => getService(strapi, 'meetings');

  /** Once minutes are drafted they report the attendance: it no longer changes. */
  async function refuseAfterMinutes(row: MeetingRow, it: string, en: string) {
    if (await strapi.db.query(UID.minutes).findOne({ where: { meeting: { id: row.id } }, select: ['id'] })) conflict(it, en);
  }

  const ruleOf = (row: MeetingRow): QuorumRule =>
    checkQuorumRule(row.body.quorumRule).length === 0 ? row.body.quorumRule : DEFAULT_QUORUM;

  return {
    async populations(): Promise<Record<string, number>> {
      return Object.fromEntries((await queries.municipalities()).map((m) => [m.documentId, m.population ?? 0]));
    },

    /** The quorum of a convened meeting from its invitations (null before convening). */
    quorumOf(row: MeetingRow, memberships: Map<string, MembershipRow>, populations: Record<string, number>): QuorumResult | null {
      const invitations = row.invitations ?? [];
      if (invitations.length === 0) return null;
      const voters = invitations
        .map((invitation) => ({ invitation, member: memberships.get(invitation.membership) }))
        .filter(({ member }) => member)
        .map(({ invitation, member }) => ({
          role: member!.role,
          attendance: invitation.attendance,
          municipality: member!.municipality?.documentId ?? null,
        }));
      return evaluateQuorum(ruleOf(row), voters, populations);
    },

    /**
     * Convenes the meeting: it needs a place or a link and an agenda free of personal data; every member in
     * office on the day is invited (calling it again invites members added since).
     */
    async convene(documentId: string, viewer: Viewer) {
      const row = await meetings().load(documentId);
      if (row.status !== 'draft' && row.status !== 'convened')
        conflict('si convoca solo una seduta in bozza o già convocata', 'only a draft or convened meeting can be convened');
      const issues = [];
      if (!row.place && !row.onlineUrl)
        issues.push({ path: 'place', it: 'indicare il luogo o il collegamento online', en: 'give the place or the online link' });
      if ((row.agenda ?? []).length === 0)
        issues.push({ path: 'agenda', it: "l'ordine del giorno ha almeno un punto", en: 'the agenda needs at least one item' });
      if (issues.length > 0) throwIssues(issues);
      const findings = scanPersonalData(meetingTexts(row));
      if (findings.length > 0) throwPersonalData(findings);

      const day = dayInItaly(row.startsAt);
      const members = await queries.memberships({ body: { documentId: row.body.documentId } });
      const now = new Date().toISOString();
      const invitations: Invitation[] = [...(row.invitations ?? [])];
      const invited: typeof members = [];
      for (const member of members.filter((m) => isActiveOn(m, day))) {
        if (!invitations.some((i) => i.membership === member.documentId)) {
          invitations.push({ membership: member.documentId, invitedOn: now, attendance: 'pending', delegate: null });
          invited.push(member);
        }
      }
      await strapi.db.transaction(async () => {
        await documents().update({
          documentId,
          data: { status: 'convened', convenedOn: row.convenedOn ?? now, invitations, sequence: (row.sequence ?? 0) + 1 },
        } as never);
        // The e-mail invitations exist exactly when the convening does (the mail engine's outbox).
        await queueInvitations(strapi, { ...row, status: 'convened', sequence: (row.sequence ?? 0) + 1 }, invited);
      });
      return (await meetings().present([await meetings().load(documentId)], viewer))[0];
    },

    /**
     * Records attendance: `{ attendance: [{ membership, attendance: present|absent|delegated|pending, delegate? }] }`
     * for invited members; the meeting is then held.
     */
    async record(documentId: string, data: Record<string, unknown>, viewer: Viewer) {
      const row = await meetings().load(documentId);
      if (row.status !== 'convened' && row.status !== 'held')
        conflict('le presenze si registrano per una seduta convocata', 'attendance is recorded for a convened meeting');
      await refuseAfterMinutes(
        row,
        'il verbale della seduta è già redatto: le presenze non si modificano più',
        'the minutes of the meeting are drafted: attendance no longer changes'
      );
      const entries = data.attendance;
      if (!Array.isArray(entries) || entries.length === 0 || entries.length > 500) {
        throwIssues(
          [
            {
              path: 'attendance',
              it: 'elenco di { membership, attendance, delegate? }',
              en: 'list of { membership, attendance, delegate? }',
            },
          ],
          ['data']
        );
      }
      const invitations = (row.invitations ?? []).map((i) => ({ ...i }));
      const check = new FieldChecker({});
      entries.forEach((entry, index) => {
        const at = `attendance.${index}`;
        if (!isRecord(entry)) return check.add(at, 'deve essere un oggetto', 'must be an object');
        const sub = new FieldChecker(entry, at).onlyKeys(['membership', 'attendance', 'delegate']);
        const membership = sub.documentId('membership', true);
        const attendance = sub.oneOf('attendance', ATTENDANCE, true) as Attendance | undefined;
        const delegate = sub.text('delegate', { max: 200 });
        const invitation = invitations.find((i) => i.membership === membership);
        if (membership && !invitation)
          sub.add('membership', 'componente non convocato a questa seduta', 'member not invited to this meeting');
        if (delegate && attendance !== 'delegated')
          sub.add('delegate', 'solo per una presenza per delega', 'only for attendance by delegate');
        check.issues.push(...sub.issues);
        if (invitation && attendance && sub.issues.length === 0) {
          invitation.attendance = attendance;
          invitation.delegate = attendance === 'delegated' ? (delegate ?? null) : null;
        }
        return undefined;
      });
      if (check.issues.length > 0) throwIssues(check.issues, ['data']);
      await documents().update({ documentId, data: { invitations, status: 'held' } });
      return (await meetings().present([await meetings().load(documentId)], viewer))[0];
    },

    /** A held meeting back to convened, so that attendance is recorded again; refused once minutes exist. */
    async reopen(documentId: string, viewer: Viewer) {
      const row = await meetings().load(documentId);
      if (row.status !== 'held') conflict('si riapre solo una seduta tenuta', 'only a held meeting can be reopened');
      await refuseAfterMinutes(
        row,
        'la seduta ha già un verbale: non si riapre',
        'the meeting already has minutes: it cannot be reopened'
      );
      await documents().update({ documentId, data: { status: 'convened' } });
      return (await meetings().present([await meetings().load(documentId)], viewer))[0];
    },
  };
};

export default createAttendanceService;
export type AttendanceService = ReturnType<typeof createAttendanceService>;
