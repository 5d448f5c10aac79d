import type { EChartsCoreOption } from 'echarts/core';
import { AGE_BANDS, BAND_YEARS, type AgeBand, type IndicatorValue } from '../api/types';

/**
 * echarts options for the observatory's charts, from figures the server computed. Pure (no echarts
 * import): the few divisions here only turn one server figure into a share or a per-year width.
 */

export interface Labelled {
  label: string;
  count: number;
}

const BLUE = '#1565c0';
const TEAL = '#00897b';
const ORANGE = '#ef6c00';

/** Horizontal bars, the largest on top, each with its count written at its end. */
export function rankedBarsOption(
  rows: Labelled[],
  axisName: string,
  format: (n: number) => string,
  color = BLUE
): EChartsCoreOption {
  const sorted = [...rows].sort((a, b) => a.count - b.count);
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => format(Number(v)) },
    grid: { left: 8, right: 48, top: 8, bottom: 32, containLabel: true },
    xAxis: { type: 'value', name: axisName, nameLocation: 'middle', nameGap: 24, minInterval: 1 },
    yAxis: { type: 'category', data: sorted.map((r) => r.label), axisLabel: { width: 220, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        data: sorted.map((r) => r.count),
        itemStyle: { color },
        label: { show: true, position: 'right', formatter: ({ value }: { value: number }) => format(value) },
      },
    ],
  };
}

/** Counts per month as columns, labelled with the month's name. */
export function monthlyOption(
  rows: { label: string; count: number }[],
  axisName: string,
  format: (n: number) => string
): EChartsCoreOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => format(Number(v)) },
    grid: { left: 8, right: 8, top: 28, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, rotate: rows.length > 8 ? 45 : 0 } },
    yAxis: { type: 'value', name: axisName, minInterval: 1 },
    series: [
      {
        type: 'bar',
        data: rows.map((r) => r.count),
        itemStyle: { color: TEAL },
        label: { show: true, position: 'top', formatter: ({ value }: { value: number }) => format(value) },
      },
    ],
  };
}

/**
 * Every month from January of `from` to December of `to` (not beyond `until`, `YYYY-MM`), with the
 * server's count or 0: a month the database grouped nothing into had no intake.
 */
export function everyMonth(
  counts: { month: string; count: number }[],
  from: number,
  to: number,
  until?: string
): { month: string; count: number }[] {
  const byMonth = new Map(counts.map((c) => [c.month, c.count]));
  const months: { month: string; count: number }[] = [];
  for (let year = from; year <= to; year += 1) {
    for (let m = 1; m <= 12; m += 1) {
      const month = `${year}-${String(m).padStart(2, '0')}`;
      if (until && month > until && !byMonth.has(month)) continue;
      months.push({ month, count: byMonth.get(month) ?? 0 });
    }
  }
  // Months outside the period (should the server answer some) are kept, in order.
  for (const c of counts) if (!months.some((m) => m.month === c.month)) months.push(c);
  return months.sort((a, b) => a.month.localeCompare(b.month));
}

export interface PyramidTexts {
  bandLabel: (band: AgeBand) => string;
  axisName: string;
  /** Tooltip of one band: residents, share of the total, residents per year of age. */
  tooltip: (band: AgeBand, count: number, share: number, perYear: number) => string;
  format: (n: number) => string;
  formatShare: (n: number) => string;
}

/**
 * The age structure of one comune as a pyramid: one centred bar per Tabella 1 band, youngest at the
 * bottom. A bar's width is the band's residents per year of age, so that the 39-year band 26-64 and the
 * 4-year band 0-3 are comparable; the label gives the band's residents and share.
 */
export function pyramidOption(bands: Record<AgeBand, number | null>, total: number, texts: PyramidTexts): EChartsCoreOption {
  const known = AGE_BANDS.filter((band) => bands[band] !== null);
  const perYear = known.map((band) => Math.round((bands[band] as number) / BAND_YEARS[band]));
  const share = (band: AgeBand) => (total > 0 ? ((bands[band] as number) / total) * 100 : 0);
  const half = (sign: 1 | -1) => perYear.map((value) => (sign * value) / 2);
  return {
    animation: false,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: { dataIndex: number }[]) => {
        const band = known[params[0]?.dataIndex ?? 0];
        return texts.tooltip(band, bands[band] as number, share(band), perYear[params[0]?.dataIndex ?? 0]);
      },
    },
    // Room on the right for the labels "18.071 (51,8 %)" of the widest bar.
    grid: { left: 8, right: 110, top: 8, bottom: 32, containLabel: true },
    xAxis: {
      type: 'value',
      name: texts.axisName,
      nameLocation: 'middle',
      nameGap: 24,
      axisLabel: { formatter: (value: number) => texts.format(Math.abs(value * 2)) },
    },
    yAxis: { type: 'category', data: known.map(texts.bandLabel), axisTick: { show: false } },
    series: [
      { type: 'bar', stack: 'pyramid', data: half(-1), itemStyle: { color: ORANGE }, barCategoryGap: '8%' },
      {
        type: 'bar',
        stack: 'pyramid',
        data: half(1),
        itemStyle: { color: ORANGE },
        label: {
          show: true,
          position: 'right',
          formatter: ({ dataIndex }: { dataIndex: number }) =>
            `${texts.format(bands[known[dataIndex]] as number)} (${texts.formatShare(share(known[dataIndex]))})`,
        },
      },
    ],
  };
}

export interface TrendSeries {
  name: string;
  values: IndicatorValue[];
  /** Drawn dashed: values counted now rather than recorded. */
  dashed?: boolean;
}

/**
 * An indicator's yearly values as lines with points (the recorded values, and for a computed indicator
 * the values counted now); years without a measure stay blank.
 */
export function trendOption(series: TrendSeries[], unit: string, format: (n: number) => string): EChartsCoreOption {
  const years = [...new Set(series.flatMap((s) => s.values.map((v) => v.year)))].sort((a, b) => a - b);
  const shown = series.filter((s) => s.values.length > 0);
  return {
    animation: false,
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (v === null || v === undefined || v === '-' ? '—' : `${format(Number(v))} ${unit}`.trim()),
    },
    legend: shown.length > 1 ? { top: 0 } : undefined,
    grid: { left: 8, right: 24, top: shown.length > 1 ? 44 : 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', name: unit, min: 0 },
    series: shown.map((s, index) => ({
      name: s.name,
      type: 'line',
      data: years.map((year) => s.values.find((v) => v.year === year)?.value ?? null),
      connectNulls: false,
      symbolSize: 9,
      itemStyle: { color: index === 0 ? BLUE : ORANGE },
      lineStyle: { type: s.dashed ? 'dashed' : 'solid' },
      label: {
        show: true,
        position: 'top',
        formatter: ({ value }: { value: number | null }) => (value === null ? '' : format(value)),
      },
    })),
  };
}
