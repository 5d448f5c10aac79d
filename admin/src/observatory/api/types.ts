import type { Computation } from '../../../../src/plugins/observatory/shared/computation';

export type { Computation };

/**
 * The observatory API (`/api/observatory/...`) as the console uses it, after ./normalize.ts has
 * absorbed the server's spelling. Every figure here is computed by the server.
 */

/** Text the server gives in both languages, or in one. */
export type Bilingual = string | { it?: string; en?: string };

export interface Ref {
  documentId: string;
  name: string;
  code?: string;
  istatCode?: string;
}

export type ObjectiveType = 'strategico' | 'specifico';

/** One year's measure of an indicator; `value` null means not measured. */
export interface IndicatorValue {
  year: number;
  value: number | null;
  source?: string | null;
  note?: string | null;
}

export interface Indicator {
  id: string;
  documentId: string;
  name: string;
  unit?: string | null;
  /** `manual`: the UdP types the yearly values; `computed`: the server counts them from the system's data. */
  kind: 'manual' | 'computed';
  code?: string | null;
  description?: string | null;
  objective?: Ref | null;
  /** How a computed indicator is counted (the server's definition, see shared/computation.ts). */
  computation?: Computation | null;
  sortOrder?: number;
  values: IndicatorValue[];
}

export interface Objective {
  id: string;
  documentId: string;
  name: string;
  code?: string | null;
  summary?: string | null;
  type: ObjectiveType;
  period: string;
  area?: Ref | null;
  needs?: string | null;
  target?: string | null;
  interventions?: string | null;
  actors?: string | null;
  financialResources?: string | null;
  professionalResources?: string | null;
  tools?: string | null;
  timing?: string | null;
  outcomeNotes?: string | null;
  periodFrom?: number | null;
  periodTo?: number | null;
  sortOrder?: number;
  /** Linked catalogue services (`code`, name). */
  services?: Ref[];
  /** Linked governance decisions (action items: documentId, text). */
  decisions?: Ref[];
  indicators: Indicator[];
}

/** The age bands of Tabella 1, youngest first. */
export const AGE_BANDS = ['0-3', '4-14', '15-18', '19-25', '26-64', '65-85', 'over85'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Years of age in each band (the last is open: 86 to about 100). */
export const BAND_YEARS: Record<AgeBand, number> = {
  '0-3': 4,
  '4-14': 11,
  '15-18': 4,
  '19-25': 7,
  '26-64': 39,
  '65-85': 21,
  over85: 15,
};

/** The indices the server computes (over 80 cannot come from bands ending at 85: only its published value). */
export const INDEX_KEYS = ['ageingIndex', 'structuralDependencyIndex', 'over80Share', 'over85Share', 'foreignIncidence'] as const;
export type IndexKey = (typeof INDEX_KEYS)[number];

/** An index as the server computes it from the bands, beside the value the programming document published. */
export interface DemographicIndex {
  computed: number | null;
  published: number | null;
  difference: number | null;
}

export interface DemographicRow {
  id: string;
  documentId: string;
  /** Null for the district's row (the server's sums of the comuni). */
  municipality: Ref | null;
  year: number;
  total: number;
  bands: Record<AgeBand, number | null>;
  indices: Record<IndexKey, DemographicIndex>;
  foreignResidents?: number | null;
  source?: string | null;
}

export interface CountByNeed {
  /** The option of the intake form's `needAreas` (casa, lavoro, ...). */
  need: string;
  /** The server's label, when it gives one (the console otherwise labels the option itself). */
  label: Bilingual | null;
  count: number;
}

export interface CountByMunicipality {
  municipality: Ref;
  count: number;
}

export interface CountByMonth {
  /** `YYYY-MM` */
  month: string;
  count: number;
}

export interface DashboardFilters {
  /** An area's code. */
  area?: string;
  /** A comune's documentId. */
  municipality?: string;
  /** Years of the intakes counted (the server's default: the current year). */
  from?: string;
  to?: string;
}

/** The needs observatory: segretariato intakes counted in SQL on the server. */
export interface DashboardData {
  /** Intakes matching the filters, as the server counted them (null when it did not say). */
  intakes: number | null;
  byNeed: CountByNeed[];
  byMunicipality: CountByMunicipality[];
  byMonth: CountByMonth[];
}

export type ExportFormat = 'csv' | 'xlsx';
export type DocumentFormat = 'docx' | 'pdf';

/** A file the server generated, to save. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}
