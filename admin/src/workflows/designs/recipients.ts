import { WORKFLOW_ROLES } from './roles';

/** Who an action may address, as picker choices: the roles, and the people the engine knows by their part. */
export function recipientChoices(people: ('actor' | 'assignee' | 'starter')[], extra?: string) {
  const choices = [
    ...WORKFLOW_ROLES.map((role) => ({ id: `role:${role}`, name: `workflows.designer.recipients.role.${role}` })),
    ...people.map((person) => ({ id: `user:${person}`, name: `workflows.designer.recipients.${person}` })),
  ];
  // A named user (from the advanced view) stays selectable under its own name.
  if (extra && !choices.some((choice) => choice.id === extra))
    choices.push({ id: extra, name: extra.replace(/^user:|^role:/, '') });
  return choices;
}
