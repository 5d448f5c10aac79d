/** Role types of Ambito's users (`role.type` in the profile). */
export type RoleType = 'udp' | 'operator' | 'provider' | 'table-member';

/** react-admin actions that only read. */
export const READ_ACTIONS: readonly string[] = ['list', 'show', 'export'];

/**
 * What a role may do in the console: the Ufficio di Piano configures everything; every other role
 * reads the catalogue. (The server enforces the same rule; this only hides what would be refused.)
 */
export function canRoleAccess(role: string | null | undefined, action: string): boolean {
  if (role === 'udp') return true;
  if (!role) return false;
  return READ_ACTIONS.includes(action);
}
