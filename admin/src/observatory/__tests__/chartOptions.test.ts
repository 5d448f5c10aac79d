import { everyMonth, pyramidOption, rankedBarsOption, trendOption } from '../charts/options';
import { yearsToCompute } from '../objectives/liveYears';

describe('observatory charts', () => {
  const texts = {
    bandLabel: (band: string) => band,
    axisName: 'per year',
    tooltip: () => '',
    format: (n: number) => String(n),
    formatShare: (n: number) => `${n.toFixed(1)} %`,
  };

  it('draws a pyramid whose bar widths are residents per year of age, labelled with the band and its share', () => {
    const bands = { '0-3': 162, '4-14': 801, '15-18': 336, '19-25': 595, '26-64': 4473, '65-85': 1800, over85: 273 };
    const option = pyramidOption(bands, 8440, texts) as {
      series: { data: number[]; label?: { formatter: (p: { dataIndex: number }) => string } }[];
    };
    // 0-3 spans 4 years: 162 / 4 ≈ 41 per year, drawn half on each side.
    expect(option.series[1].data[0]).toBe(20.5);
    expect(option.series[0].data[0]).toBe(-20.5);
    // 26-64 spans 39 years: 4473 / 39 ≈ 115.
    expect(option.series[1].data[4]).toBe(57.5);
    expect(option.series[1].label?.formatter({ dataIndex: 4 })).toBe('4473 (53.0 %)');
  });

  it('ranks bars with the largest on top', () => {
    const option = rankedBarsOption(
      [
        { label: 'Casa', count: 3 },
        { label: 'Lavoro', count: 9 },
      ],
      'Richieste',
      String
    ) as { yAxis: { data: string[] } };
    expect(option.yAxis.data).toEqual(['Casa', 'Lavoro']);
  });

  it('draws recorded and live values on the same years, leaving unmeasured years blank', () => {
    const option = trendOption(
      [
        {
          name: 'registrato',
          values: [
            { year: 2015, value: 300 },
            { year: 2017, value: 357 },
          ],
        },
        { name: 'ora', values: [{ year: 2016, value: 12 }], dashed: true },
      ],
      'persone',
      String
    ) as { xAxis: { data: string[] }; series: { data: (number | null)[] }[] };
    expect(option.xAxis.data).toEqual(['2015', '2016', '2017']);
    expect(option.series[0].data).toEqual([300, null, 357]);
    expect(option.series[1].data).toEqual([null, 12, null]);
  });

  it('computes live values only for years that have begun', () => {
    expect(yearsToCompute('2015-2017', 2026)).toEqual({ from: 2015, to: 2017 });
    expect(yearsToCompute('2021-2023', 2022)).toEqual({ from: 2021, to: 2022 });
    expect(yearsToCompute('2030-2032', 2026)).toBeNull();
  });

  it('shows every month of the period, a month without intakes as 0, and none after the current month', () => {
    const months = everyMonth([{ month: '2026-02', count: 2 }], 2026, 2026, '2026-04');
    expect(months).toEqual([
      { month: '2026-01', count: 0 },
      { month: '2026-02', count: 2 },
      { month: '2026-03', count: 0 },
      { month: '2026-04', count: 0 },
    ]);
  });
});
