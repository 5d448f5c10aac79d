import { MEMBER_ROLES, SEATS } from '../../shared';
import type { MemberRole, Seat } from '../../shared';
import { FieldChecker } from './fields';

export interface MembershipInput {
  body?: string;
  name?: string;
  email?: string | null;
  user?: string | null;
  organisation?: string | null;
  seat?: Seat;
  role?: MemberRole;
  municipality?: string | null;
  provider?: string | null;
  delegateFor?: string | null;
  from?: string | null;
  to?: string | null;
}

const KEYS = [
  'body',
  'name',
  'email',
  'user',
  'organisation',
  'seat',
  'role',
  'municipality',
  'provider',
  'delegateFor',
  'from',
  'to',
];
export const EMAIL: [RegExp, string, string] = [
  /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/,
  'indirizzo e-mail non valido',
  'invalid e-mail address',
];

/**
 * Checks a membership: a person (a user of Ambito, by documentId, or an external contact with a name
 * and e-mail), the seat they hold, their role, the comune/provider/table they represent, from/to.
 */
export function checkMembershipInput(data: Record<string, unknown>, creating: boolean) {
  const check = new FieldChecker(data).onlyKeys(KEYS);
  const input: MembershipInput = {
    body: check.documentId('body', creating) ?? undefined,
    name: check.text('name', { required: creating || check.has('name'), max: 200 }) ?? undefined,
    email: check.text('email', { max: 200, pattern: EMAIL }),
    user: check.documentId('user'),
    organisation: check.text('organisation', { max: 200 }),
    seat: check.oneOf('seat', SEATS, creating || check.has('seat')) ?? undefined,
    role: check.oneOf('role', MEMBER_ROLES, check.has('role')) ?? undefined,
    municipality: check.documentId('municipality'),
    provider: check.documentId('provider'),
    delegateFor: check.documentId('delegateFor'),
    from: check.date('from'),
    to: check.date('to'),
  };
  if (!creating && data.body !== undefined) check.add('body', "l'organismo non si può cambiare", 'the body cannot change');
  return { input, issues: check.issues };
}
