/** The roles of users-permissions that Ambito manages. */
export type RoleType = 'udp' | 'operator' | 'provider' | 'table-member' | 'public' | 'authenticated';

/**
 * One area's permissions: for each role, the actions (`api::x.x.find`, `plugin::forms.definitions.create`, ...)
 * it holds. `prefixes` are the action prefixes this area owns: any permission under them that is not
 * listed here is removed from the role at start-up, so this code is the single source of who may call what.
 */
export interface PermissionSet {
  prefixes: string[];
  grants: Partial<Record<RoleType, string[]>>;
}
