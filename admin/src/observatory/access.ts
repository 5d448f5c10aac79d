/** The observatory's console resources. */
export const OBSERVATORY_PREFIX = 'observatory-';
const READ_ACTIONS = ['list', 'show'];
/** Planning data (objectives, indicators, population): what table members read too. */
const PLANNING = ['observatory-objectives', 'observatory-indicators', 'observatory-demographics'];

/**
 * Who may do what with this area's console resources (the server enforces the same rules): the
 * Ufficio di Piano everything (it edits manual indicator values); municipal operators read everything and
 * export it, the needs dashboard included; table members read the planning data (objectives, indicators,
 * population) but not the dashboard of segretariato intakes nor the exports; nobody else sees any of it.
 * Returns undefined for resources that are not this area's, so the next rule decides.
 */
export function observatoryAccess(
  role: string | null | undefined,
  action: string,
  resource: string | undefined
): boolean | undefined {
  if (!resource || !resource.startsWith(OBSERVATORY_PREFIX)) return undefined;
  if (role === 'udp') return true;
  if (role === 'operator') return READ_ACTIONS.includes(action) || action === 'export';
  if (role === 'table-member') return PLANNING.includes(resource) && READ_ACTIONS.includes(action);
  return false;
}
