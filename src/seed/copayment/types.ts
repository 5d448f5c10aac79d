import type { TariffParameters } from '../../copayment/calculator/types';

/** A regulation version of the demo, with its tariffs by service code. */
export interface SeedRegulation {
  code: string;
  name: string;
  scheme: 'municipal' | 'uniform';
  /** ISTAT code of the comune (municipal scheme only). */
  municipality?: string;
  validFrom: string;
  validTo?: string;
  approvalAct?: string;
  notes: string;
  tariffs: Record<string, TariffParameters>;
}

/** A simulation dataset of the demo: anonymous beneficiaries of one service. */
export interface SeedDataset {
  name: string;
  serviceCode: string;
  notes: string;
  rows: { municipality: string; isee: number; householdSize: number; quantity: number }[];
}
