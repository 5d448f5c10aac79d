import type { Core } from '@strapi/strapi';
import { BAND_KEYS, type IndexKey } from '../../shared/indices';
import { optionLabels } from '../data/option-labels';
import { col, type ExportLocale, type Sheet } from '../render/sheet';
import { getService } from '../utils/get-service';

export const DATASETS = ['indicators', 'demographics', 'dashboard'] as const;
export type Dataset = (typeof DATASETS)[number];

/** Age bands and indices with the words of the programming document's tables. */
const BANDS: Record<(typeof BAND_KEYS)[number], [string, string]> = {
  age0to3: ['0-3 anni', 'Aged 0-3'],
  age4to14: ['4-14 anni', 'Aged 4-14'],
  age15to18: ['15-18 anni', 'Aged 15-18'],
  age19to25: ['19-25 anni', 'Aged 19-25'],
  age26to64: ['26-64 anni', 'Aged 26-64'],
  age65to85: ['65-85 anni', 'Aged 65-85'],
  over85: ['Oltre 85 anni', 'Over 85'],
};
const INDICES: Record<IndexKey, [string, string]> = {
  ageingIndex: ['Indice di vecchiaia', 'Ageing index'],
  structuralDependencyIndex: ['Indice di dipendenza strutturale', 'Structural dependency index'],
  over80Share: ['Quota over 80 (%)', 'Share over 80 (%)'],
  over85Share: ['Quota over 85 (%)', 'Share over 85 (%)'],
  foreignIncidence: ['Incidenza stranieri (%)', 'Foreign residents (%)'],
};
const bandColumns = (total: boolean) => BAND_KEYS.map((k) => col(k, BANDS[k][0], BANDS[k][1], total));

/** The rows of each exportable list, as sheets (CSV takes the first). */
export async function sheetsOf(
  strapi: Core.Strapi,
  dataset: Dataset,
  params: { from: number; to: number; area?: string; municipality?: string },
  locale: ExportLocale,
  comuni?: string[]
): Promise<Sheet[]> {
  if (dataset === 'indicators') {
    const objectives = await getService(strapi, 'objectives').list({ area: params.area });
    const rows = objectives.flatMap((o) =>
      o.indicators.flatMap((i) =>
        i.values.map((v) => ({
          objective: o.code,
          objectiveName: o.name,
          period: o.period.label,
          indicator: i.code,
          name: i.name,
          unit: i.unit,
          year: v.year,
          value: v.value,
          note: v.note,
          source: v.source,
        }))
      )
    );
    return [
      {
        name: { it: 'Indicatori', en: 'Indicators' },
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
      ...Object.fromEntries(
        Object.entries(r.indices).flatMap(([k, v]) => [
          [`${k}Computed`, v.computed],
          [`${k}Published`, v.published],
          [`${k}Difference`, v.difference],
        ])
      ),
    }));
    // Residents add up across comuni only within one year.
    const oneYear = new Set(rows.map((r) => r.year)).size === 1;
    const indexColumns = (Object.keys(INDICES) as IndexKey[]).flatMap((k) => [
      col(`${k}Computed`, `${INDICES[k][0]} calcolato`, `${INDICES[k][1]} computed`),
      col(`${k}Published`, `${INDICES[k][0]} pubblicato`, `${INDICES[k][1]} published`),
      col(`${k}Difference`, `${INDICES[k][0]} differenza`, `${INDICES[k][1]} difference`),
    ]);
    return [
      {
        name: { it: 'Popolazione', en: 'Population' },
        columns: [
          col('municipality', 'Comune', 'Comune'),
          col('istatCode', 'Codice ISTAT', 'ISTAT code'),
          col('year', 'Anno', 'Year'),
          ...bandColumns(oneYear),
          col('total', 'Totale residenti', 'Total residents', oneYear),
          col('foreignResidents', 'Stranieri residenti', 'Foreign residents', oneYear),
          ...indexColumns,
        ],
        rows,
      },
    ];
  }
  return dashboardSheets(strapi, params, locale, comuni);
}

/** Every table the dashboard shows: intakes by need, comune and month, the population, the indicator trends. */
async function dashboardSheets(
  strapi: Core.Strapi,
  params: { from: number; to: number; area?: string; municipality?: string },
  locale: ExportLocale,
  comuni?: string[]
): Promise<Sheet[]> {
  const summary = await getService(strapi, 'dashboard').summary(params, comuni);
  // Labels of the needs from the intake forms the services' case paths name (the dashboard counts those).
  const needs = new Map<string, { it: string; en: string }>();
  for (const form of await getService(strapi, 'dashboard').accessForms())
    for (const [code, label] of await optionLabels(strapi, form, 'needAreas')) if (!needs.has(code)) needs.set(code, label);
  const population = summary.population as Record<string, number> | null;
  return [
    {
      name: { it: 'Bisogni', en: 'Needs' },
      columns: [col('need', 'Area di bisogno', 'Area of need'), col('count', 'Accessi', 'Intakes', true)],
      rows: summary.intakes.byNeed.map((r) => ({ need: needs.get(r.need)?.[locale] ?? r.need, count: r.count })),
    },
    {
      name: { it: 'Comuni', en: 'Comuni' },
      columns: [
        col('name', 'Comune', 'Comune'),
        col('istatCode', 'Codice ISTAT', 'ISTAT code'),
        col('count', 'Accessi', 'Intakes', true),
      ],
      rows: summary.intakes.byMunicipality,
    },
    {
      name: { it: 'Mesi', en: 'Months' },
      columns: [col('month', 'Mese', 'Month'), col('count', 'Accessi', 'Intakes', true)],
      rows: summary.intakes.byMonth,
    },
    {
      name: { it: 'Popolazione', en: 'Population' },
      columns: [col('band', 'Fascia di età', 'Age band'), col('residents', 'Residenti', 'Residents', true)],
      rows: population ? BAND_KEYS.map((k) => ({ band: BANDS[k][locale === 'it' ? 0 : 1], residents: population[k] })) : [],
    },
    {
      name: { it: 'Andamento indicatori', en: 'Indicator trends' },
      columns: [
        col('name', 'Indicatore', 'Indicator'),
        col('unit', 'Unità', 'Unit'),
        col('year', 'Anno', 'Year'),
        col('value', 'Valore', 'Value'),
      ],
      rows: summary.indicators.flatMap((i) =>
        i.values.map((v) => ({ name: i.name, unit: i.unit, year: v.year, value: v.value }))
      ),
    },
  ];
}
