/**
 * Request and answer shapes of the co-payment API, shared by the server and the console (type-only:
 * the console imports them with `import type`). Amounts are euro with at most two decimals.
 */
import type { IseeBand, RoundingMode, Rule, TariffParameters, Unit } from './calculator/types';

export type { IseeBand, RoundingMode, Rule, TariffParameters, Unit };
export type Scheme = 'municipal' | 'uniform';
export type Bilingual = { it: string; en: string };

/** POST /api/copayment/quote */
export interface QuoteRequest {
  /** documentId of the service. */
  service: string;
  /** documentId of the comune of residence. */
  municipality: string;
  isee: number;
  householdSize: number;
  /** Units in the month (hours, trips, days; months for the unit `month`). */
  quantity: number;
  /** Default: the comune's own tariff when it has one in force, else the uniform district tariff. */
  scheme?: Scheme;
  /** Day the tariff must be in force (YYYY-MM-DD); default today (Europe/Rome). */
  date?: string;
}

export interface QuoteResponse {
  citizenShare: number;
  municipalityShare: number;
  grossCost: number;
  scheme: Scheme;
  regulation: { documentId: string; code: string; name: string; validFrom: string; validTo: string | null; exampleData: boolean };
  service: { documentId: string; name: Bilingual };
  municipality: { documentId: string; name: string; istatCode: string };
  rule: {
    type: 'exempt' | 'linear' | 'full' | 'band';
    /** 1-based band number and the band, for the `bands` rule. */
    band: { number: number; of: number; iseeFrom: number; iseeTo: number | null } | null;
    sharePercent: number;
  };
  details: {
    unit: Unit;
    unitCost: number;
    unitShare: number;
    quantity: number;
    referenceIsee: number;
    householdCoefficient: number;
    rounding: RoundingMode;
    monthlyCap: number | null;
    capped: boolean;
  };
  explanation: Bilingual;
}

/** One beneficiary of a simulation: comune (documentId, ISTAT code or name), ISEE, household, monthly quantity. */
export interface SimulationRowInput {
  municipality: string;
  isee: number;
  householdSize: number;
  quantity: number;
}

/** POST /api/copayment/simulations: exactly one of `dataset`, `csv`, `rows`. */
export interface SimulationRequest {
  service: string;
  dataset?: string;
  csv?: string;
  rows?: SimulationRowInput[];
  date?: string;
  /** Changes to the uniform tariff to try, without saving them (e.g. `{ bands: [...] }`). */
  proposal?: Partial<TariffParameters>;
}

export interface SchemeTotals {
  grossCost: number;
  /** Co-payment paid by the citizens. */
  revenue: number;
  /** What the comune pays: gross cost − revenue. */
  netCost: number;
}

export interface ImpactRow {
  beneficiaries: number;
  quantity: number;
  /** Today: the comune's own tariff (a comune without one charges nothing). */
  current: SchemeTotals;
  /** With the uniform district tariff (or the proposal tried). */
  proposed: SchemeTotals;
  change: { revenue: number; netCost: number };
  citizens: { payMore: number; payLess: number; unchanged: number };
}

export interface MunicipalityImpact extends ImpactRow {
  municipality: { documentId: string; name: string; istatCode: string };
  /** The comune's tariff in force, or null when it has none for the service. */
  currentTariff: { regulation: string; rule: Rule } | null;
}

export interface SimulationResult {
  documentId: string;
  createdAt: string;
  service: { documentId: string; name: Bilingual };
  date: string;
  source: { kind: 'dataset' | 'csv' | 'rows'; name: string | null };
  /** The uniform tariff used, with the proposal's changes applied. */
  uniformTariff: TariffParameters & { regulation: string; changed: boolean };
  municipalities: MunicipalityImpact[];
  totals: ImpactRow;
  exampleData: boolean;
}
