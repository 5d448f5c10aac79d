import type { Core } from '@strapi/strapi';
import { scanPersonalData } from '../../shared';
import { UID } from '../data/rows';
import type { AmendmentRow, MinutesRow } from '../data/rows';
import { isAttendee, type Viewer } from '../access/viewer';
import { conflict, forbidden, notFound, throwIssues, throwPersonalData } from '../utils/errors';
import { sanitizeRichText } from '../utils/rich-text';
import { checkAmendmentInput, checkDecisionInput } from '../validation/amendment-input';
import { amendmentView } from '../views/minutes-view';
import { getService } from '../utils/get-service';

/** The note of the version an accepted amendment makes: whose, on which item (never a bare id). */
function acceptedNote(amendment: AmendmentRow, row: MinutesRow): string {
  const item = (row.items ?? []).find((i) => i.key === amendment.itemKey);
  const short = (text: string) => (text.length > 50 ? `${text.slice(0, 49)}…` : text);
  const who = short(amendment.authorName ?? amendment.author?.username ?? '—');
  const it = item ? `sul punto «${short(item.title)}»` : 'sulla premessa';
  const en = item ? `on the item “${short(item.title)}”` : 'on the opening text';
  // a string column: 255 characters on PostgreSQL
  return `Emendamento di ${who} accolto ${it} / Amendment by ${who} accepted ${en}`.slice(0, 255);
}

/**
 * Amendments and comments on minutes in review: proposed by attendees (and the secretariat) while the
 * window is open, each accepted or rejected by the secretariat. Accepting an amendment replaces the
 * text it targets and keeps the result as a new version.
 */
const createAmendmentsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const minutes = () => getService(strapi, 'minutes');
  const amendments = () => strapi.documents(UID.amendment as never);

  async function loadAmendment(row: MinutesRow, amendmentId: string): Promise<AmendmentRow> {
    const found = (await strapi.db.query(UID.amendment as never).findOne({
      where: { documentId: amendmentId, minutes: { id: row.id } },
      populate: { author: { select: ['id', 'username'] } },
    })) as AmendmentRow | null;
    if (!found) notFound('emendamento non trovato', 'amendment not found');
    return found;
  }

  async function decide(
    minutesId: string,
    amendmentId: string,
    status: 'accepted' | 'rejected',
    data: Record<string, unknown>,
    viewer: Viewer
  ) {
    const row = await minutes().load(minutesId);
    const amendment = await loadAmendment(row, amendmentId);
    const { note, issues } = checkDecisionInput(data, status === 'rejected');
    if (issues.length > 0) throwIssues(issues, ['data']);
    if (row.state !== 'in-review')
      conflict('si decide sugli emendamenti durante la revisione', 'amendments are decided during review');
    if (amendment.status !== 'pending') conflict('emendamento già deciso', 'amendment already decided');
    await strapi.db.transaction(async () => {
      await amendments().update({
        documentId: amendmentId,
        data: { status, decisionNote: note, decidedOn: new Date().toISOString(), decidedBy: viewer.user?.id ?? null },
      } as never);
      if (status === 'accepted' && amendment.kind === 'amendment') {
        const text = amendment.proposedText ?? '';
        const items = (row.items ?? []).map((item) => (item.key === amendment.itemKey ? { ...item, text } : item));
        const changed = { ...row, body: amendment.itemKey ? row.body : text, items };
        const version = await getService(strapi, 'minutesLifecycle').snapshot(changed, acceptedNote(amendment, row), viewer);
        await strapi
          .documents(UID.minutes as never)
          .update({ documentId: row.documentId, data: { body: changed.body, items, version } } as never);
      }
    });
    return minutes().present(await minutes().load(minutesId), viewer);
  }

  return {
    /** An attendee proposes an amendment or comments, on an item (`itemKey`) or on the opening text. */
    async create(minutesId: string, data: Record<string, unknown>, viewer: Viewer) {
      const row = await minutes().readable(minutesId, viewer);
      if (!viewer.secretariat && !isAttendee(viewer, row.meeting)) {
        forbidden('commentano ed emendano solo i presenti alla seduta', 'only attendees of the meeting comment and amend');
      }
      if (row.state !== 'in-review') conflict('il verbale non è in revisione', 'the minutes are not in review');
      if (!minutes().reviewOpen(row)) conflict('la finestra di revisione è chiusa', 'the review window is closed');
      const { input, issues } = checkAmendmentInput(data);
      if (input.itemKey && !(row.items ?? []).some((item) => item.key === input.itemKey)) {
        issues.push({ path: 'itemKey', it: 'punto del verbale sconosciuto', en: 'unknown item of the minutes' });
      }
      if (issues.length > 0) throwIssues(issues, ['data']);
      const text = input.text ? sanitizeRichText(input.text) : null;
      const proposedText = input.proposedText ? sanitizeRichText(input.proposedText) : null;
      const found = scanPersonalData([
        { path: ['data', 'text'], text },
        { path: ['data', 'proposedText'], text: proposedText },
      ]);
      if (found.length > 0) throwPersonalData(found);
      const mine = viewer.memberships.find((m) => m.body === row.meeting.body.documentId);
      const created = await amendments().create({
        data: {
          minutes: row.documentId,
          kind: input.kind,
          itemKey: input.itemKey,
          text,
          proposedText,
          status: 'pending',
          baseVersion: row.version ?? 0,
          author: viewer.user?.id ?? null,
          authorName: mine?.name ?? viewer.user?.username ?? null,
        },
      } as never);
      return amendmentView(await loadAmendment(row, (created as { documentId: string }).documentId));
    },

    accept: (minutesId: string, amendmentId: string, data: Record<string, unknown>, viewer: Viewer) =>
      decide(minutesId, amendmentId, 'accepted', data, viewer),
    reject: (minutesId: string, amendmentId: string, data: Record<string, unknown>, viewer: Viewer) =>
      decide(minutesId, amendmentId, 'rejected', data, viewer),
  };
};

export default createAmendmentsService;
export type AmendmentsService = ReturnType<typeof createAmendmentsService>;
