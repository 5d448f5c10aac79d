import type { RaRecord } from 'react-admin';
import type {
  Attendance,
  BodyType,
  CompositionIssue,
  CompositionRule,
  MeetingStatus,
  MemberRole,
  MinutesState,
  PersonalDataFinding,
  QuorumResult,
  QuorumRule,
  Seat,
} from '../../../../src/plugins/governance/shared/types';

export type { Attendance, BodyType, CompositionIssue, MeetingStatus, MemberRole, MinutesState, QuorumResult, QuorumRule, Seat };

/** A record the API names: documentId and a label. */
export interface Named {
  documentId: string;
  name: string | null;
}

/** `GET /api/governance/bodies/:id` (react-admin's `id` is the documentId). */
export interface BodyRecord extends RaRecord {
  code: string;
  name: string;
  type: BodyType;
  typeLabel: { it: string; en: string };
  description: string | null;
  public: boolean;
  area: Named | null;
  services: Named[];
  compositionRules: CompositionRule[];
  quorumRule: QuorumRule;
  compositionIssues: CompositionIssue[];
}

export interface MembershipRecord extends RaRecord {
  body: Named | null;
  name: string;
  organisation: string | null;
  seat: Seat;
  role: MemberRole;
  municipality: Named | null;
  provider: Named | null;
  delegateFor: Named | null;
  from: string | null;
  to: string | null;
  active: boolean;
  email?: string | null;
  /** The linked login account (UdP only). */
  user?: { documentId: string; username: string } | null;
  invitedOn?: string | null;
}

/** An account found by `GET /api/governance/accounts?q=` (UdP only). */
export interface Account {
  documentId: string;
  name: string | null;
  username: string;
  email: string;
}

/** `GET /api/governance/minutes-templates/:bodyType` (`id` is the body type). */
export interface MinutesTemplateRecord extends RaRecord {
  bodyType: BodyType;
  bodyTypeLabel: { it: string; en: string };
  items: ({ kind: 'fixed'; title: string; text?: string } | { kind: 'agenda' })[];
  custom: boolean;
}

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
  services: Named[];
  documents: StoredDocument[];
}

export interface Invitation {
  membership: { documentId: string; name: string | null; organisation?: string | null; seat?: Seat; role?: MemberRole };
  attendance: Attendance;
  delegate: string | null;
  invitedOn: string;
}

export interface MeetingRecord extends RaRecord {
  body: { documentId: string; code: string; name: string; type: BodyType; public: boolean };
  title: string;
  startsAt: string;
  endsAt: string | null;
  place: string | null;
  onlineUrl: string | null;
  status: MeetingStatus;
  convenedOn: string | null;
  agenda: AgendaItem[];
  invitations?: Invitation[];
  quorum?: QuorumResult | null;
  myAttendance?: Attendance | null;
  minutes: { documentId: string; state: MinutesState } | null;
}

export interface Amendment {
  documentId: string;
  kind: 'amendment' | 'comment';
  itemKey: string | null;
  text: string | null;
  proposedText: string | null;
  status: 'pending' | 'accepted' | 'rejected';
  author: string | null;
  createdAt: string;
  decidedOn: string | null;
  decisionNote: string | null;
}

export interface MinutesItem {
  key: string;
  title: string;
  text: string;
}

export interface MinutesRecord extends RaRecord {
  meeting: { documentId: string; title: string; startsAt: string };
  bodyOf: { documentId: string; name: string; public: boolean };
  title: string;
  body: string;
  items: MinutesItem[];
  state: MinutesState;
  version: number;
  approvedVersion: number | null;
  reviewOpenedOn: string | null;
  reviewClosesAt: string | null;
  approvedOn: string | null;
  publishedOn: string | null;
  amendments?: Amendment[];
  personalData?: PersonalDataFinding[];
  canAmend?: boolean;
}

export interface MinutesVersion {
  version: number;
  title: string;
  note: string | null;
  createdAt: string;
}

export interface NewAmendment {
  kind: 'amendment' | 'comment';
  itemKey: string | null;
  text?: string;
  proposedText?: string;
}

export interface AttendanceEntry {
  membership: string;
  attendance: Attendance;
  delegate?: string | null;
}
