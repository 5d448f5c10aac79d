import { housing } from './housing';
import { lifeProject } from './life-project';
import { minutes } from './minutes';
import { sail } from './sail';
import { segretariato } from './segretariato';
import type { SeedWorkflow } from './types';
import { voucher } from './voucher';

export type { SeedWorkflow } from './types';

/** The demo workflows of Distretto 4. */
export const demoWorkflows: SeedWorkflow[] = [segretariato, housing, sail, lifeProject, voucher, minutes];
