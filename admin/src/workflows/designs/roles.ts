/** Role types a workflow can name (users-permissions role types of Ambito). */
export const WORKFLOW_ROLES = ['udp', 'operator', 'provider', 'table-member'] as const;

/** Choices for role pickers, labelled with the console's role names. */
export const roleChoices = WORKFLOW_ROLES.map((role) => ({ id: role, name: `roles.${role}` }));

export const KIND_CHOICES = [
  { id: 'initial', name: 'workflows.kinds.initial' },
  { id: 'normal', name: 'workflows.kinds.normal' },
  { id: 'final', name: 'workflows.kinds.final' },
];
