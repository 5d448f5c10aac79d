import type {
  Attendance,
  BodyType,
  CompositionRule,
  MeetingStatus,
  MemberRole,
  MinutesState,
  QuorumRule,
  Seat,
} from '../../shared';

/** The plugin's content types. */
export const UID = {
  body: 'plugin::governance.body',
  membership: 'plugin::governance.membership',
  meeting: 'plugin::governance.meeting',
  minutes: 'plugin::governance.minutes',
  minutesVersion: 'plugin::governance.minutes-version',
  amendment: 'plugin::governance.amendment',
  actionItem: 'plugin::governance.action-item',
  calendarToken: 'plugin::governance.calendar-token',
  minutesTemplate: 'plugin::governance.minutes-template',
} as const;

/** A catalogue record as the plugin shows it. */
export interface CatalogueRef {
  id: number;
  documentId: string;
  name: string;
  code?: string;
  locale?: string | null;
}

export interface BodyRow {
  id: number;
  documentId: string;
  code: string;
  name: string;
  type: BodyType;
  description: string | null;
  public: boolean;
  compositionRules: CompositionRule[];
  quorumRule: QuorumRule;
  area: CatalogueRef | null;
  services: CatalogueRef[];
}

export interface MembershipRow {
  id: number;
  documentId: string;
  name: string;
  email: string | null;
  organisation: string | null;
  seat: Seat;
  role: MemberRole;
  from: string | null;
  to: string | null;
  invitedOn?: string | null;
  body: { id: number; documentId: string; name: string; public: boolean } | null;
  user: { id: number; documentId: string; username: string } | null;
  municipality: (CatalogueRef & { population?: number }) | null;
  provider: CatalogueRef | null;
  delegateFor: { documentId: string; name: string } | null;
}

/** An uploaded file attached to an agenda item: the upload's id and what the agenda shows of it. */
export interface StoredDocument {
  id: number;
  name: string;
  mime: string;
  size: number;
  url: string;
}

export interface AgendaItem {
  key: string;
  title: string;
  description: string | null;
  services: string[];
  documents: StoredDocument[];
}

/** One invited membership (by documentId) and its attendance; `delegate` names who attended in its place. */
export interface Invitation {
  membership: string;
  invitedOn: string;
  attendance: Attendance;
  delegate?: string | null;
}

export interface MeetingRow {
  id: number;
  documentId: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  place: string | null;
  onlineUrl: string | null;
  status: MeetingStatus;
  agenda: AgendaItem[] | null;
  invitations: Invitation[] | null;
  convenedOn: string | null;
  sequence: number | null;
  updatedAt: string;
  body: BodyRow;
}

export interface MinutesItem {
  key: string;
  title: string;
  text: string;
}

export interface MinutesRow {
  id: number;
  documentId: string;
  title: string;
  body: string | null;
  items: MinutesItem[] | null;
  state: MinutesState;
  version: number | null;
  approvedVersion: number | null;
  reviewOpenedOn: string | null;
  reviewClosesAt: string | null;
  approvedOn: string | null;
  publishedOn: string | null;
  createdAt: string;
  updatedAt: string;
  meeting: MeetingRow;
}

export interface AmendmentRow {
  id: number;
  documentId: string;
  itemKey: string | null;
  kind: 'amendment' | 'comment';
  text: string | null;
  proposedText: string | null;
  status: 'pending' | 'accepted' | 'rejected';
  baseVersion: number | null;
  authorName: string | null;
  decidedOn: string | null;
  decisionNote: string | null;
  createdAt: string;
  author: { id: number; username: string } | null;
}
