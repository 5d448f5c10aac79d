/**
 * The governance engine's vocabulary, shared by the plugin's server and (later) the console.
 * Pure types: no Strapi, no Node built-ins.
 */

/** The kinds of body of a district's governance (section 4.1 of the programming document). */
export const BODY_TYPES = [
  'assemblea-sindaci',
  'tavolo-politico',
  'tavolo-tecnico',
  'tavolo-coprogrammazione',
  'tavolo-area',
  'gps',
  'cabina-regia',
  'comitato',
] as const;
export type BodyType = (typeof BODY_TYPES)[number];

/**
 * The constituency a member sits for: what composition rules count. `assemblea-representative` is a
 * member delegated by the Assemblea dei Sindaci (e.g. to a tavolo d'area); `provider` an ente gestore.
 */
export const SEATS = [
  'mayor',
  'political-representative',
  'municipal-official',
  'udp',
  'assemblea-representative',
  'third-sector',
  'provider',
  'ats',
  'asst',
  'other',
] as const;
export type Seat = (typeof SEATS)[number];

/** The function of a member in the body. Secretaries and observers do not vote: composition and quorum skip them. */
export const MEMBER_ROLES = ['president', 'vice-president', 'member', 'secretary', 'observer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const NON_VOTING_ROLES: MemberRole[] = ['secretary', 'observer'];

/** One rule of a body's mandated composition, stored as data on the body. */
export type CompositionRule =
  /** Members sitting for one of `seats`: at least `min`, at most `max`. */
  | { kind: 'seats'; seats: Seat[]; min?: number; max?: number }
  /** The same, counted for each comune of the district (e.g. one mayor per comune). */
  | { kind: 'per-municipality'; seats: Seat[]; min?: number; max?: number }
  /** Delegates for each body of `tableType` (the table a delegate represents), e.g. two third-sector delegates per tavolo d'area. */
  | { kind: 'per-table'; seats: Seat[]; tableType: BodyType; min?: number; max?: number }
  /** Each ente gestore of the services the body oversees has at least `min` members (a GPS). */
  | { kind: 'service-providers'; min?: number }
  /** The body oversees at least `min` services (a GPS). */
  | { kind: 'oversees-services'; min: number };
export type RuleKind = CompositionRule['kind'];

/** How a body decides whether a meeting is quorate. */
export interface QuorumRule {
  /** `majority`: more than half of the voting weight present; a number in (0, 1]: at least that share. */
  threshold: 'majority' | number;
  /** `per-member`: one head, one vote; `population`: each comune weighs its residents (mayors' votes weighted by population). */
  weighting: 'per-member' | 'population';
  /** With `population` weighting, also require more than half of the voting members present. */
  alsoMajorityOfMembers?: boolean;
}

/** A record named by its documentId and a label, as issues and views refer to them. */
export interface NamedRef {
  documentId: string;
  name: string;
}

/** One rule a body breaks, in Italian and English. */
export interface CompositionIssue {
  /** Index of the rule in the body's `compositionRules`. */
  rule: number;
  kind: RuleKind;
  code: 'too-few' | 'too-many' | 'delegate-of-unknown-table';
  seats?: Seat[];
  min?: number;
  max?: number;
  /** How many were found. */
  actual: number;
  municipality?: NamedRef;
  table?: NamedRef;
  provider?: NamedRef;
  /** The membership concerned, for a delegate of a table the rule does not know. */
  membership?: string;
  it: string;
  en: string;
}

/** Attendance of an invited member. `delegated`: the member sent a delegate, who counts as present. */
export const ATTENDANCE = ['pending', 'present', 'absent', 'delegated'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export interface QuorumResult {
  reached: boolean;
  weighting: QuorumRule['weighting'];
  /** Voting members invited, and those present (in person or by delegate). */
  members: number;
  presentMembers: number;
  /** Weights: members, or residents of the comuni represented. */
  totalWeight: number;
  presentWeight: number;
  /** The weight needed (a majority: more than half, given as the smallest integer above it). */
  requiredWeight: number;
  it: string;
  en: string;
}

export const MINUTES_STATES = ['draft', 'in-review', 'approved', 'published'] as const;
export type MinutesState = (typeof MINUTES_STATES)[number];

export const MEETING_STATUSES = ['draft', 'convened', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Kinds of identifier of a person the scanner blocks from agendas and minutes. */
export type PersonalDataKind = 'fiscal-code' | 'iban' | 'mobile-phone' | 'private-email';

/** One match of the personal-data scanner: where it is (field path, offset in the stored text) and what it looks like. */
export interface PersonalDataFinding {
  path: string[];
  offset: number;
  length: number;
  kind: PersonalDataKind;
  /** The match with most characters hidden, to locate it without repeating it. */
  masked: string;
  it: string;
  en: string;
}
