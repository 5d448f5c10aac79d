import type { PermissionSet } from './types';

const OWN = ['plugin::mail.preferences.find', 'plugin::mail.preferences.update'];

/** Every staff role chooses its own notices by e-mail; the UdP also sees the state of the outbox. */
export const mailPermissions: PermissionSet = {
  prefixes: ['plugin::mail.'],
  grants: { udp: [...OWN, 'plugin::mail.preferences.status'], operator: OWN, provider: OWN, 'table-member': OWN },
};
