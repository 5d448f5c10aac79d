/** The console's governance resources. */
const GOVERNANCE = 'governance-';
/** What members (and other signed-in roles) read: the server answers only their bodies, meetings and minutes. */
const READABLE = [
  'governance-bodies',
  'governance-meetings',
  'governance-minutes',
  'governance-action-items',
  'governance-calendar',
];
const READ_ACTIONS = ['list', 'show'];

/**
 * Who may do what with this area's console resources (the server enforces the same rules).
 * The UdP is the secretariat of every body: it edits everything. Other signed-in users read (the server
 * shows them only their bodies' meetings and published minutes, and minutes in review to attendees);
 * amendments are proposed on the minutes' page, not through a resource action. Returns undefined for
 * resources that are not this area's, so the next rule decides.
 */
export function governanceAccess(
  role: string | null | undefined,
  action: string,
  resource: string | undefined
): boolean | undefined {
  if (!resource || !resource.startsWith(GOVERNANCE)) return undefined;
  if (!role) return false;
  if (role === 'udp') return true;
  return READABLE.includes(resource) && READ_ACTIONS.includes(action);
}
