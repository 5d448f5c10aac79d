import { ATTENDANCE, BODY_TYPES, MEMBER_ROLES, SEATS } from '../../../../src/plugins/governance/shared/types';

/** react-admin choices whose names are translation keys. */
const choices = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `governance.${prefix}.${id}` }));

export const BODY_TYPE_CHOICES = choices(BODY_TYPES, 'bodyTypes');
export const SEAT_CHOICES = choices(SEATS, 'seats');
export const RULE_KIND_CHOICES = choices(
  ['seats', 'per-municipality', 'per-table', 'service-providers', 'oversees-services'],
  'ruleKinds'
);
export const ROLE_CHOICES = choices(MEMBER_ROLES, 'roles');
export const ATTENDANCE_CHOICES = choices(
  ATTENDANCE.filter((a) => a !== 'pending'),
  'attendance'
);
export const ACTION_STATUS_CHOICES = choices(['open', 'in-progress', 'done', 'cancelled'], 'actionStatus');
export const ACTION_KIND_CHOICES = choices(['decision', 'action'], 'actionKind');
export const AMENDMENT_KIND_CHOICES = choices(['amendment', 'comment'], 'amendmentKind');
export const MINUTES_STATE_CHOICES = choices(['draft', 'in-review', 'approved', 'published'], 'minutesState');
