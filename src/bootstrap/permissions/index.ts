import { accountPermissions } from './account';
import { casesPermissions } from './cases';
import { cataloguePermissions } from './catalogue';
import { copaymentPermissions } from './copayment';
import { formsPermissions } from './forms';
import { governancePermissions } from './governance';
import { mailPermissions } from './mail';
import { observatoryPermissions } from './observatory';
import { workflowsPermissions } from './workflows';
import type { PermissionSet } from './types';
import { uploadPermissions } from './uploads';

/** Every area's permissions; an area adds its file here. */
export const PERMISSION_SETS: PermissionSet[] = [
  accountPermissions,
  cataloguePermissions,
  formsPermissions,
  copaymentPermissions,
  governancePermissions,
  workflowsPermissions,
  uploadPermissions,
  casesPermissions,
  observatoryPermissions,
  mailPermissions,
];

export type { PermissionSet, RoleType } from './types';
