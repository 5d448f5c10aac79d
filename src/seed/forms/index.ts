import { housingReport } from './housing-report';
import { lifeProject } from './life-project';
import { sailEnrolment } from './sail-enrolment';
import { segretariatoIntake } from './segretariato-intake';
import type { SeedForm } from './types';
import { voucherRequest } from './voucher-request';

export type { SeedForm } from './types';

/** The demo forms of Distretto 4, in the order the catalogue lists them. */
export const demoForms: SeedForm[] = [segretariatoIntake, housingReport, sailEnrolment, lifeProject, voucherRequest];
