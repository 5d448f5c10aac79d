import type { PermissionSet } from './types';

/** The UdP designs forms; every staff role may fill the forms whose `roles` name it (checked by the plugin). */
const DESIGN = [
  'create',
  'findOne',
  'update',
  'saveDraft',
  'publish',
  'diff',
  'version',
  'retire',
  'remove',
  'discardDraft',
  'duplicate',
].map((a) => `plugin::forms.definitions.${a}`);
const FILL = [
  'plugin::forms.definitions.find',
  'plugin::forms.definitions.published',
  ...['validate', 'create', 'findOne', 'update', 'find'].map((a) => `plugin::forms.submissions.${a}`),
  // The plugin shows the UdP every submission of a form, other roles only their own.
  'plugin::forms.responses.find',
];

export const formsPermissions: PermissionSet = {
  prefixes: ['plugin::forms.'],
  grants: { udp: [...DESIGN, ...FILL], operator: FILL, provider: FILL, 'table-member': FILL },
};
