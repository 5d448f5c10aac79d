import type { Objective } from '../api/types';

/** The objective's texts, in the order of the programming document's grid. */
export const OBJECTIVE_TEXTS = [
  'summary',
  'needs',
  'target',
  'interventions',
  'financialResources',
  'professionalResources',
  'tools',
  'timing',
  'outcomeNotes',
] as const;

/** An objective as its form holds it: the server's field names, references by code (area, services) or documentId (decisions). */
export interface ObjectiveFormValues {
  code: string;
  name: string;
  type: 'strategico' | 'specifico';
  periodFrom: number | null;
  periodTo: number | null;
  area: string | null;
  services: string[];
  decisions: string[];
  sortOrder?: number | null;
  [text: string]: unknown;
}

/** The form of an objective read from the server. */
export function toObjectiveForm(objective: Objective): ObjectiveFormValues {
  return {
    code: objective.code ?? '',
    name: objective.name,
    type: objective.type,
    periodFrom: objective.periodFrom ?? null,
    periodTo: objective.periodTo ?? null,
    area: objective.area?.code ?? null,
    services: (objective.services ?? []).map((s) => s.code ?? s.documentId),
    decisions: (objective.decisions ?? []).map((d) => d.documentId),
    sortOrder: objective.sortOrder ?? 0,
    ...Object.fromEntries(OBJECTIVE_TEXTS.map((key) => [key, objective[key] ?? ''])),
  };
}

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

/** What `POST`/`PUT /objectives` receive: only the fields the server accepts; empty texts cleared. */
export function objectivePayload(values: Partial<ObjectiveFormValues>): Record<string, unknown> {
  const payload: Record<string, unknown> = {
    code: values.code ?? null,
    name: values.name ?? null,
    type: values.type ?? null,
    periodFrom: values.periodFrom ?? null,
    periodTo: values.periodTo ?? null,
    area: blankToNull(values.area) ?? null,
    services: values.services ?? [],
    decisions: values.decisions ?? [],
  };
  if (values.sortOrder !== undefined && values.sortOrder !== null) payload.sortOrder = values.sortOrder;
  for (const key of OBJECTIVE_TEXTS) payload[key] = blankToNull(values[key]) ?? null;
  return payload;
}
