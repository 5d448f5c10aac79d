import type { Indicator } from '../api/types';
import { computationPayload, toComputationForm, type ComputationForm } from './computationForm';

/** An indicator's definition as its form holds it (the objective by code). */
export interface IndicatorFormValues {
  code: string;
  name: string;
  unit: string;
  description: string;
  objective: string | null;
  method: 'manual' | 'computed';
  computation: ComputationForm;
  sortOrder?: number | null;
}

export function toIndicatorForm(indicator: Indicator): IndicatorFormValues {
  return {
    code: indicator.code ?? '',
    name: indicator.name,
    unit: indicator.unit ?? '',
    description: indicator.description ?? '',
    objective: indicator.objective?.code ?? null,
    method: indicator.kind,
    computation: toComputationForm(indicator.computation),
    sortOrder: indicator.sortOrder ?? 0,
  };
}

/** A new indicator, attached to `objective` (a code) when the UdP started from an objective. */
export function newIndicatorForm(objective?: string | null): Partial<IndicatorFormValues> {
  return { method: 'computed', objective: objective ?? null, computation: toComputationForm(null) };
}

/** What `POST`/`PUT /indicators` receive; a manual indicator sends no computation. */
export function indicatorPayload(values: Partial<IndicatorFormValues>): Record<string, unknown> {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);
  return {
    code: values.code ?? null,
    name: values.name ?? null,
    unit: values.unit ?? null,
    description: text(values.description),
    objective: text(values.objective),
    method: values.method ?? null,
    ...(values.method === 'computed' ? { computation: computationPayload(values.computation) } : {}),
    ...(values.sortOrder !== undefined && values.sortOrder !== null ? { sortOrder: values.sortOrder } : {}),
  };
}
