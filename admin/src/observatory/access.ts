/**
 * Who may do what with this area's console resources (the server enforces the same rules).
 * Returns undefined for resources that are not this area's, so the next rule decides.
 */
export function observatoryAccess(_role: string | null | undefined, _action: string, _resource: string | undefined): boolean | undefined {
  return undefined;
}
