import { accountPermissions } from './account';
import { cataloguePermissions } from './catalogue';
import { formsPermissions } from './forms';
import type { PermissionSet } from './types';

/** Every area's permissions; an area adds its file here. */
export const PERMISSION_SETS: PermissionSet[] = [accountPermissions, cataloguePermissions, formsPermissions];

export type { PermissionSet, RoleType } from './types';
