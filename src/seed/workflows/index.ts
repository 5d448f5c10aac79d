import { housing } from './housing';
import { minutes } from './minutes';
import { sail } from './sail';
import { segretariato } from './segretariato';
import type { SeedWorkflow } from './types';
import { voucher } from './voucher';

export type { SeedWorkflow } from './types';
export { demoInstances, type SeedInstance } from './instances';

/** The demo workflows of Distretto 4. */
export const demoWorkflows: SeedWorkflow[] = [segretariato, housing, sail, voucher, minutes];
