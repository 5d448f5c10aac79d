import { useEffect, useRef } from 'react';
import { useTranslate } from 'react-admin';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { SimulationResult } from '../../../../src/copayment/contracts';
import { useFormatters } from '../common/format';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartMetric = 'revenue' | 'netCost';

/** Today against the proposal, per comune, as bars (SVG, loaded only when a simulation is shown). */
const ImpactChart = ({ result, metric }: { result: SimulationResult; metric: ChartMetric }) => {
  const translate = useTranslate();
  const f = useFormatters();
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!element.current) return undefined;
    chart.current = echarts.init(element.current, undefined, { renderer: 'svg' });
    const resize = () => chart.current?.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const names = result.municipalities.map((m) => m.municipality.name);
    const series = (key: 'current' | 'proposed', label: string, color: string) => ({
      name: translate(label),
      type: 'bar' as const,
      itemStyle: { color },
      data: result.municipalities.map((m) => m[key][metric]),
    });
    chart.current?.setOption(
      {
        animation: false,
        tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => f.euro(Number(value)) },
        legend: { top: 0 },
        grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
        xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: 30 } },
        yAxis: { type: 'value', axisLabel: { formatter: (value: number) => f.euro(value) } },
        series: [
          series('current', 'copayment.simulation.today', '#90a4ae'),
          series('proposed', 'copayment.simulation.proposed', '#1976d2'),
        ],
      },
      true
    );
  }, [result, metric, translate, f]);

  const title = translate(metric === 'revenue' ? 'copayment.simulation.chartRevenue' : 'copayment.simulation.chartNetCost');
  return (
    <div
      ref={element}
      role="img"
      aria-label={title}
      data-testid="copayment-impact-chart"
      style={{ width: '100%', height: 360 }}
    />
  );
};

export default ImpactChart;
