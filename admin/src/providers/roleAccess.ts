import { AREA_ACCESS } from './areaAccess';

/** Role types of Ambito's users (`role.type` in the profile). */
export type RoleType = 'udp' | 'operator' | 'provider' | 'table-member';

/** react-admin actions that only read. */
export const READ_ACTIONS: readonly string[] = ['list', 'show', 'export'];

/** Resources of the Ufficio di Piano alone (the form designer): the other roles do not even see them. */
export const UDP_ONLY_RESOURCES: readonly string[] = ['form-designs'];

/**
 * What a role may do in the console: the Ufficio di Piano configures everything; every other role
 * reads the catalogue. (The server enforces the same rule; this only hides what would be refused.)
 */
export function canRoleAccess(role: string | null | undefined, action: string, resource?: string): boolean {
  for (const areaRule of AREA_ACCESS) {
    const decided = areaRule(role, action, resource);
    if (decided !== undefined) return decided;
  }
  if (role === 'udp') return true;
  if (!role) return false;
  if (resource !== undefined && UDP_ONLY_RESOURCES.includes(resource)) return false;
  return READ_ACTIONS.includes(action);
}
