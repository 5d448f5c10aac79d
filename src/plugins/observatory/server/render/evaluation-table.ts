import type { IndicatorView } from '../services/indicator-view';

/** The seven columns of the programming document's evaluation grid, Italian and English. */
export const COLUMNS = [
  { key: 'name', it: 'Nome obiettivo', en: 'Objective' },
  { key: 'type', it: 'Tipo di obiettivo', en: 'Type' },
  { key: 'interventions', it: 'Interventi e azioni', en: 'Interventions and actions' },
  { key: 'resources', it: 'Risorse impiegate', en: 'Resources' },
  { key: 'tools', it: 'Strumenti', en: 'Tools' },
  { key: 'indicators', it: 'Indicatori di esito e valutazione', en: 'Outcome and evaluation indicators' },
  { key: 'timing', it: 'Tempistica', en: 'Timing' },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];

/** One objective as the grid shows it: each cell a list of paragraphs. */
export interface EvaluationRow {
  cells: Record<ColumnKey, string[]>;
}

/** Rows grouped under their area's name, in the order of the document. */
export interface EvaluationSection {
  area: string;
  rows: EvaluationRow[];
}

export interface EvaluationTable {
  title: string;
  subtitle: string;
  from: number;
  to: number;
  generatedAt: string;
  sections: EvaluationSection[];
}

const number = (value: number) => value.toLocaleString('it-IT', { maximumFractionDigits: 2 });

/** "2015: 124 (nuove 79); 2016: 139 ..." — a value with its unit unless the unit is a plain count. */
export function valueText(value: number, unit: string): string {
  if (unit === '%') return `${number(value)}%`;
  if (unit === '€') return `€ ${number(value)}`;
  return `${number(value)} ${unit}`;
}

/** An indicator's line: its name, then each year of the period that has a value. */
export function indicatorLine(
  indicator: Pick<IndicatorView, 'name' | 'unit'>,
  values: { year: number; value: number | null; note?: string | null }[]
): string {
  const years = values
    .filter((v) => v.value !== null)
    .map((v) => `${v.year}: ${valueText(v.value as number, indicator.unit)}${v.note ? ` (${v.note})` : ''}`);
  return `${indicator.name} – ${years.length > 0 ? years.join('; ') : 'nessun valore / no value'}`;
}

/** The Italian label of a type (the document writes "Strategico", "Specifico"). */
export const typeLabel = (type: string) => (type === 'strategico' ? 'Strategico' : type === 'specifico' ? 'Specifico' : type);
