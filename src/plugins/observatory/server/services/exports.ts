import type { Core } from '@strapi/strapi';
import { BAND_KEYS } from '../../shared/indices';
import type { Sheet } from '../render/xlsx';
import { getService } from '../utils/get-service';

const col = (key: string, it: string, en: string) => ({ key, header: `${it} / ${en}` });
export const DATASETS = ['indicators', 'demographics', 'dashboard'] as const;
export type Dataset = (typeof DATASETS)[number];

/** The rows of each exportable list, as sheets (CSV takes the first). */
export async function sheetsOf(
  strapi: Core.Strapi,
  dataset: Dataset,
  params: { from: number; to: number; area?: string; municipality?: string },
  comuni?: string[]
): Promise<Sheet[]> {
  if (dataset === 'indicators') {
    const objectives = await getService(strapi, 'objectives').list({ area: params.area });
    const rows = objectives.flatMap((o) =>
      o.indicators.flatMap((i) =>
        i.values.map((v) => ({ objective: o.code, objectiveName: o.name, period: o.period.label, indicator: i.code, name: i.name, unit: i.unit, year: v.year, value: v.value, note: v.note, source: v.source }))
      )
    );
    return [
      {
        name: 'Indicatori',
        columns: [
          col('objective', 'Codice obiettivo', 'Objective code'),
          col('objectiveName', 'Obiettivo', 'Objective'),
          col('period', 'Periodo', 'Period'),
          col('indicator', 'Codice indicatore', 'Indicator code'),
          col('name', 'Indicatore', 'Indicator'),
          col('unit', 'Unità', 'Unit'),
          col('year', 'Anno', 'Year'),
          col('value', 'Valore', 'Value'),
          col('note', 'Nota', 'Note'),
          col('source', 'Fonte', 'Source'),
        ],
        rows,
      },
    ];
  }
  if (dataset === 'demographics') {
    const { data } = await getService(strapi, 'demographics').list({ municipality: params.municipality });
    const rows = data.map((r) => ({
      municipality: r.municipality?.name,
      istatCode: r.municipality?.istatCode,
      year: r.year,
      ...Object.fromEntries(BAND_KEYS.map((k) => [k, r[k]])),
      total: r.total,
      foreignResidents: r.foreignResidents,
      ...Object.fromEntries(Object.entries(r.indices).flatMap(([k, v]) => [[`${k}Computed`, v.computed], [`${k}Published`, v.published], [`${k}Difference`, v.difference]])),
    }));
    const indexColumns = ['ageingIndex', 'structuralDependencyIndex', 'over80Share', 'over85Share', 'foreignIncidence'].flatMap((k) => [
      col(`${k}Computed`, `${k} calcolato`, `${k} computed`),
      col(`${k}Published`, `${k} pubblicato`, `${k} published`),
      col(`${k}Difference`, `${k} differenza`, `${k} difference`),
    ]);
    return [
      {
        name: 'Popolazione',
        columns: [
          col('municipality', 'Comune', 'Comune'),
          col('istatCode', 'Codice ISTAT', 'ISTAT code'),
          col('year', 'Anno', 'Year'),
          ...BAND_KEYS.map((k) => col(k, k, k)),
          col('total', 'Totale', 'Total'),
          col('foreignResidents', 'Stranieri residenti', 'Foreign residents'),
          ...indexColumns,
        ],
        rows,
      },
    ];
  }
  const summary = await getService(strapi, 'dashboard').summary(params, comuni);
  return [
    { name: 'Bisogni', columns: [col('need', 'Area di bisogno', 'Need'), col('count', 'Accessi', 'Intakes')], rows: summary.intakes.byNeed },
    {
      name: 'Comuni',
      columns: [col('name', 'Comune', 'Comune'), col('istatCode', 'Codice ISTAT', 'ISTAT code'), col('count', 'Accessi', 'Intakes')],
      rows: summary.intakes.byMunicipality,
    },
    { name: 'Mesi', columns: [col('month', 'Mese', 'Month'), col('count', 'Accessi', 'Intakes')], rows: summary.intakes.byMonth },
  ];
}
