import { Typography } from '@mui/material';
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import type { Indicator, IndicatorValue } from '../api/types';
import { LazyChart } from '../charts/LazyChart';
import { trendOption } from '../charts/options';
import { useObservatoryFormat } from '../common/format';

const measured = (values: IndicatorValue[] | undefined) => (values ?? []).some((v) => v.value !== null);

/** An indicator's recorded yearly values as a line (and, when given, the values computed now, dashed). */
export const IndicatorTrend = ({
  indicator,
  live,
  height = 240,
}: {
  indicator: Indicator;
  live?: IndicatorValue[];
  height?: number;
}) => {
  const translate = useTranslate();
  const f = useObservatoryFormat();
  const option = useMemo(
    () =>
      trendOption(
        [
          { name: translate('observatory.indicators.recorded'), values: indicator.values },
          { name: translate('observatory.indicators.liveSeries'), values: live ?? [], dashed: true },
        ],
        indicator.unit ?? '',
        f.decimal
      ),
    [indicator, live, f, translate]
  );
  if (!measured(indicator.values) && !measured(live)) {
    return <Typography color="text.secondary">{translate('observatory.indicators.noValues')}</Typography>;
  }
  return (
    <LazyChart
      option={option}
      label={translate('observatory.indicators.trendLabel', { name: indicator.name })}
      testId="observatory-trend"
      height={height}
    />
  );
};
