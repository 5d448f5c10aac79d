import type { Computation } from '../../shared/computation';

export interface ValueRow {
  year: number;
  value: number | string;
  note: string | null;
  source: string;
}

export interface IndicatorRow {
  id: number;
  documentId: string;
  code: string;
  name: string;
  unit: string;
  description: string | null;
  method: 'manual' | 'computed';
  computation: Computation | null;
  sortOrder: number | null;
  objective?: { documentId: string; code: string; name: string } | null;
  values: ValueRow[];
}

export const INDICATOR_POPULATE = {
  values: { select: ['year', 'value', 'note', 'source'] },
};

/** An indicator with its yearly values (oldest first). Values are numbers, whatever the database gives. */
export function indicatorView(row: IndicatorRow) {
  return {
    documentId: row.documentId,
    code: row.code,
    name: row.name,
    unit: row.unit,
    description: row.description ?? null,
    method: row.method,
    computation: row.computation ?? null,
    sortOrder: row.sortOrder ?? 0,
    ...(row.objective !== undefined
      ? {
          objective: row.objective
            ? { documentId: row.objective.documentId, code: row.objective.code, name: row.objective.name }
            : null,
        }
      : {}),
    values: [...(row.values ?? [])]
      .sort((a, b) => a.year - b.year)
      .map((v) => ({ year: v.year, value: Number(v.value), note: v.note ?? null, source: v.source })),
  };
}
export type IndicatorView = ReturnType<typeof indicatorView>;
