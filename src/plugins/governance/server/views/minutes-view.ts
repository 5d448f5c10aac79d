import type { PersonalDataFinding } from '../../shared';
import type { AmendmentRow, MinutesRow } from '../data/rows';

export function amendmentView(row: AmendmentRow) {
  return {
    documentId: row.documentId,
    kind: row.kind,
    itemKey: row.itemKey ?? null,
    text: row.text ?? null,
    proposedText: row.proposedText ?? null,
    status: row.status,
    baseVersion: row.baseVersion ?? null,
    author: row.authorName ?? row.author?.username ?? null,
    createdAt: row.createdAt,
    decidedOn: row.decidedOn ?? null,
    decisionNote: row.decisionNote ?? null,
  };
}

export interface MinutesViewOptions {
  /** Amendments and comments: the secretariat and the attendees see them. */
  amendments?: AmendmentRow[];
  /** For the secretariat: personal data found in the text, which blocks review and publication. */
  personalData?: PersonalDataFinding[];
  /** Whether the viewer may propose amendments now. */
  canAmend?: boolean;
}

/** A set of minutes: its text (HTML, sanitised when written), state, version and review window. */
export function minutesView(row: MinutesRow, options: MinutesViewOptions = {}) {
  const meeting = row.meeting;
  return {
    documentId: row.documentId,
    meeting: { documentId: meeting.documentId, title: meeting.title, startsAt: meeting.startsAt },
    bodyOf: { documentId: meeting.body.documentId, name: meeting.body.name, public: Boolean(meeting.body.public) },
    title: row.title,
    body: row.body ?? '',
    items: row.items ?? [],
    state: row.state,
    version: row.version ?? 0,
    approvedVersion: row.approvedVersion ?? null,
    reviewOpenedOn: row.reviewOpenedOn ?? null,
    reviewClosesAt: row.reviewClosesAt ?? null,
    approvedOn: row.approvedOn ?? null,
    publishedOn: row.publishedOn ?? null,
    updatedAt: row.updatedAt,
    ...(options.amendments ? { amendments: options.amendments.map(amendmentView) } : {}),
    ...(options.personalData ? { personalData: options.personalData } : {}),
    ...(options.canAmend !== undefined ? { canAmend: options.canAmend } : {}),
  };
}
