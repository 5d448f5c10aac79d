/** The console resources of the case files (issue #5), named after their API paths. */
export const CASES_RESOURCES: readonly string[] = [
  'cases',
  'beneficiaries',
  'households',
  'referrals',
  'interventions',
  'vouchers',
  'housing-waitlist',
];

/** Actions beyond react-admin's own that the case pages ask about (buttons on show pages). */
export type CasesAction = 'accept' | 'reject' | 'revoke-consent' | 'complete' | 'refer' | 'redeem' | 'gdpr-export' | 'anonymise';

const READ = ['list', 'show', 'export'];
/** Operators work their comuni's case files; nothing is ever deleted from the console (GDPR anonymises instead). */
const OPERATOR = [...READ, 'create', 'edit', 'refer', 'revoke-consent', 'complete', 'gdpr-export', 'anonymise'];
/** What provider staff may do, per resource: read what was referred and accepted, answer referrals, record services. */
const PROVIDER: Record<string, readonly string[]> = {
  cases: READ,
  referrals: [...READ, 'accept', 'reject', 'complete'],
  interventions: [...READ, 'create'],
  vouchers: [...READ, 'redeem'],
};

/**
 * Who may do what with the case files in the console (the server enforces the same rules; this hides
 * what it would refuse). Returns undefined for resources that are not this area's.
 * - operator: reads and writes the case resources of their comuni; GDPR actions;
 * - provider: referrals addressed to them (accept / reject), the accepted cases, interventions and vouchers;
 * - udp: the pseudonymised housing waitlist only (aggregates elsewhere), no personal data;
 * - table-member: nothing.
 */
export function casesAccess(role: string | null | undefined, action: string, resource: string | undefined): boolean | undefined {
  if (!resource || !CASES_RESOURCES.includes(resource)) return undefined;
  if (action === 'delete') return false;
  switch (role) {
    case 'operator':
      return OPERATOR.includes(action) && (resource !== 'housing-waitlist' || action === 'list');
    case 'provider':
      return PROVIDER[resource]?.includes(action) ?? false;
    case 'udp':
      return resource === 'housing-waitlist' && action === 'list';
    default:
      return false;
  }
}
