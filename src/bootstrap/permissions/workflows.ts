import type { PermissionSet } from './types';

/**
 * The UdP designs workflows and reads the audit trail; every staff role reads the definitions it takes part
 * in, starts and moves instances, and reads its tasks and notifications. Which instances a role sees and
 * which transitions it may take is decided by each workflow's definition (checked by the plugin).
 */
const action = (controller: string, names: string[]) => names.map((name) => `plugin::workflows.${controller}.${name}`);

const DESIGN = [
  ...action('definitions', ['create', 'findOne', 'update', 'saveDraft', 'publish', 'running', 'version', 'retire']),
  ...action('audit', ['find']),
];
const TAKE_PART = [
  ...action('definitions', ['find']),
  ...action('instances', ['find', 'findOne', 'create', 'transition']),
  ...action('tasks', ['find', 'complete']),
  ...action('notifications', ['find', 'read']),
];

export const workflowsPermissions: PermissionSet = {
  prefixes: ['plugin::workflows.'],
  grants: { udp: [...DESIGN, ...TAKE_PART], operator: TAKE_PART, provider: TAKE_PART, 'table-member': TAKE_PART },
};
