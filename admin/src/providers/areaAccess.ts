import { casesAccess } from '../cases/access';
import { governanceAccess } from '../governance/access';
import { observatoryAccess } from '../observatory/access';
import { workflowsAccess } from '../workflows/access';

/** A console area's own access rule: true/false for its resources, undefined for the others. */
export type AreaAccess = (role: string | null | undefined, action: string, resource: string | undefined) => boolean | undefined;

/** Areas whose resources follow rules of their own rather than the catalogue's (read for all, write for the UdP). */
export const AREA_ACCESS: readonly AreaAccess[] = [workflowsAccess, governanceAccess, casesAccess, observatoryAccess];
