import type { AuthProvider } from 'react-admin';

/** The console's co-payment resources and the roles that see them (the server enforces the same). */
const OPERATOR_READS = ['copayment-regulations', 'copayment-tariffs'];
const READ_ACTIONS = ['list', 'show', 'export'];

/**
 * Who sees what of the co-payment in the console: the Ufficio di Piano everything; municipal
 * operators the quote and, read-only, the regulations and tariffs; nobody else anything.
 * Returns undefined for resources that are not the co-payment's.
 */
export function copaymentAccess(
  role: string | null | undefined,
  action: string,
  resource: string | undefined
): boolean | undefined {
  if (!resource || !resource.startsWith('copayment-')) return undefined;
  if (role === 'udp') return true;
  if (role !== 'operator') return false;
  if (resource === 'copayment-quote') return action === 'list';
  return OPERATOR_READS.includes(resource) && READ_ACTIONS.includes(action);
}

/** An auth provider whose canAccess applies copaymentAccess to the co-payment resources. */
export function withCopaymentAccess(authProvider: AuthProvider): AuthProvider {
  return {
    ...authProvider,
    async canAccess(params) {
      if (params.resource?.startsWith('copayment-')) {
        const identity = (await authProvider.getIdentity?.()) as { role?: { type?: string } | null } | undefined;
        return copaymentAccess(identity?.role?.type, params.action, params.resource) ?? false;
      }
      return authProvider.canAccess ? authProvider.canAccess(params) : true;
    },
  };
}
