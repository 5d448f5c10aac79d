import { Typography } from '@mui/material';
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import type { Indicator } from '../api/types';
import { LazyChart } from '../charts/LazyChart';
import { trendOption } from '../charts/options';
import { useObservatoryFormat } from '../common/format';

/** An indicator's yearly values as a line, or a note when it has none yet. */
export const IndicatorTrend = ({ indicator, height = 240 }: { indicator: Indicator; height?: number }) => {
  const translate = useTranslate();
  const f = useObservatoryFormat();
  const option = useMemo(() => trendOption(indicator.values, indicator.unit ?? '', f.decimal), [indicator, f]);
  if (!indicator.values.some((v) => v.value !== null)) {
    return <Typography color="text.secondary">{translate('observatory.indicators.noValues')}</Typography>;
  }
  return <LazyChart option={option} label={translate('observatory.indicators.trendLabel', { name: indicator.name })} testId="observatory-trend" height={height} />;
};
