import type { Computation } from '../../plugins/observatory/shared/computation';

/** A yearly value as the document gives it (school years are filed under the year they start). */
export interface SeedValue {
  year: number;
  value: number;
  note?: string;
}

export interface SeedIndicator {
  code: string;
  name: string;
  unit: string;
  description?: string;
  computation?: Computation;
  values?: SeedValue[];
}

/** An objective of the programming document: texts as written there (abridged where the PDF breaks cells). */
export interface SeedObjective {
  code: string;
  periodFrom: number;
  periodTo: number;
  area: string;
  name: string;
  summary?: string;
  type: 'strategico' | 'specifico';
  needs?: string;
  target?: string;
  interventions?: string;
  financialResources?: string;
  professionalResources?: string;
  tools?: string;
  outcomeNotes?: string;
  timing?: string;
  services?: string[];
  indicators?: SeedIndicator[];
}

/** Where the figures come from. */
export const SOURCE_2015_2017 = 'Documento di programmazione 2018-2020, sez. 1 – Tabella di valutazione degli esiti 2015-2017';
