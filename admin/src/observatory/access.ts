/** The observatory's console resources. */
export const OBSERVATORY_PREFIX = 'observatory-';
const READ_ACTIONS = ['list', 'show', 'export'];
const READERS = ['operator', 'table-member'];

/**
 * Who may do what with this area's console resources (the server enforces the same rules): the
 * Ufficio di Piano everything (it edits manual indicator values); municipal operators and table members
 * read dashboards, objectives, indicators and demographics and export them; nobody else sees them.
 * Returns undefined for resources that are not this area's, so the next rule decides.
 */
export function observatoryAccess(role: string | null | undefined, action: string, resource: string | undefined): boolean | undefined {
  if (!resource || !resource.startsWith(OBSERVATORY_PREFIX)) return undefined;
  if (role === 'udp') return true;
  return !!role && READERS.includes(role) && READ_ACTIONS.includes(action);
}
