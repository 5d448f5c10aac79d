import type { PermissionSet } from './types';

/** The observatory (issue #8): objectives, indicators, demographics, evaluation table, HSDS. */
export const observatoryPermissions: PermissionSet = {
  prefixes: ['plugin::observatory.'],
  grants: {},
};
