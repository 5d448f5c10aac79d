/** The staff roles that take part in workflows (the server decides, per definition, what each may see and do). */
const STAFF = ['udp', 'operator', 'provider', 'table-member'];

/** What each role may do with the workflows resources: designs are the UdP's; instances and tasks are every staff role's. */
const RULES: Record<string, (role: string, action: string) => boolean> = {
  'workflow-designs': (role) => role === 'udp',
  'workflow-instances': (role, action) => STAFF.includes(role) && ['list', 'show', 'create'].includes(action),
  'workflow-tasks': (role, action) => STAFF.includes(role) && action === 'list',
};

/**
 * Who may do what with this area's console resources (the server enforces the same rules).
 * Returns undefined for resources that are not this area's, so the next rule decides.
 */
export function workflowsAccess(
  role: string | null | undefined,
  action: string,
  resource: string | undefined
): boolean | undefined {
  const rule = resource ? RULES[resource] : undefined;
  if (!rule) return undefined;
  return !!role && rule(role, action);
}
