import type { PermissionSet } from './types';

/** Every signed-in user: own profile, log out (revoking the refresh session), change password. */
const SELF = [
  'plugin::users-permissions.user.me',
  'plugin::users-permissions.auth.logout',
  'plugin::users-permissions.auth.changePassword',
  'api::account.account.me',
];

export const accountPermissions: PermissionSet = {
  prefixes: ['api::account.'],
  grants: { udp: SELF, operator: SELF, provider: SELF, 'table-member': SELF, authenticated: SELF },
};
