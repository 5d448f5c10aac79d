import { BAND_KEYS, type AgeBands, type IndexKey } from '../../../../src/plugins/observatory/shared/indices';
import { AGE_BANDS, type DemographicRow } from '../api/types';

/** The published indices the UdP may type from the programming document (over 80 can only be published). */
export const PUBLISHED_KEYS: IndexKey[] = [
  'ageingIndex',
  'structuralDependencyIndex',
  'over80Share',
  'over85Share',
  'foreignIncidence',
];

/** A population row as its form holds it: the server's names (`age0to3`...), the comune by documentId. */
export interface DemographicFormValues extends Partial<Record<keyof AgeBands, number | null>> {
  municipality: string | null;
  year: number | null;
  foreignResidents: number | null;
  published: Partial<Record<IndexKey, number | null>>;
  source: string;
}

export function toDemographicForm(row: DemographicRow): DemographicFormValues {
  const bands = Object.fromEntries(BAND_KEYS.map((key, i) => [key, row.bands[AGE_BANDS[i]]]));
  return {
    municipality: row.municipality?.documentId ?? null,
    year: row.year,
    ...bands,
    foreignResidents: row.foreignResidents ?? null,
    published: Object.fromEntries(PUBLISHED_KEYS.map((key) => [key, row.indices[key]?.published ?? null])),
    source: row.source ?? '',
  };
}

/** What `POST`/`PUT /demographics` receive; published values left empty are not sent. */
export function demographicPayload(values: Partial<DemographicFormValues>): Record<string, unknown> {
  const published = Object.fromEntries(
    Object.entries(values.published ?? {}).filter(
      ([, value]) => value !== null && value !== undefined && (value as unknown) !== ''
    )
  );
  return {
    municipality: values.municipality ?? null,
    year: values.year ?? null,
    ...Object.fromEntries(BAND_KEYS.map((key) => [key, values[key] ?? null])),
    foreignResidents: values.foreignResidents ?? null,
    published,
    source: typeof values.source === 'string' && values.source.trim() !== '' ? values.source : null,
  };
}

/** The bands typed so far (blank as 0), for the indices shown beside the form while typing. */
export function bandsOf(values: Partial<DemographicFormValues>): AgeBands {
  return Object.fromEntries(BAND_KEYS.map((key) => [key, Number(values[key] ?? 0) || 0])) as unknown as AgeBands;
}
