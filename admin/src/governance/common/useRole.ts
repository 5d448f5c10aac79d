import { usePermissions } from 'react-admin';

/** Whether the signed-in user is the secretariat of every body (the Ufficio di Piano). */
export function useIsSecretariat(): boolean {
  const { permissions } = usePermissions<string | null>();
  return permissions === 'udp';
}
