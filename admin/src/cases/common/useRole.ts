import { usePermissions } from 'react-admin';
import { casesAccess, type CasesAction } from '../access';

/** The signed-in user's role type (`operator`, `provider`, ...), or undefined while it loads. */
export function useRole(): string | undefined {
  const { permissions } = usePermissions<string | null>();
  return permissions ?? undefined;
}

/** Whether the signed-in user may take a case-file action (buttons of the show pages). */
export function useCasesAction(action: CasesAction | string, resource: string): boolean {
  return casesAccess(useRole(), action, resource) === true;
}
