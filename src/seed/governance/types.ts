import type { BodyType, MemberRole, Seat } from '../../plugins/governance/shared';

/** A governance body of section 4.1 (and section 1) of the programming document; natural key `code`. */
export interface SeedBody {
  code: string;
  name: string;
  type: BodyType;
  description: string;
  areaCode?: string;
  serviceCodes?: string[];
  public: boolean;
}

/** A member: placeholder person, real kind of organisation; natural key body + name. */
export interface SeedMember {
  body: string;
  name: string;
  seat: Seat;
  role?: MemberRole;
  organisation: string;
  /** ISTAT code of the comune represented. */
  municipality?: string;
  /** VAT number of the provider (ente gestore, third-sector organisation) represented. */
  providerVat?: string;
  /** Code of the table a delegate represents. */
  delegateFor?: string;
  /** Username of the demo account this member logs in with. */
  username?: string;
  from?: string;
}

/** A meeting; natural key body + startsAt. Held meetings get attendance: everyone present except `absent`/`delegated`. */
export interface SeedMeeting {
  body: string;
  title: string;
  startsAt: string;
  endsAt: string;
  place?: string;
  onlineUrl?: string;
  held: boolean;
  agenda: { key: string; title: string; description?: string; serviceCodes?: string[] }[];
  absent?: string[];
  delegated?: { name: string; delegate: string }[];
}
