import { LinearProgress, MenuItem, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useObservatoryApi } from '../api/ObservatoryData';
import { ChartCard } from '../common/ChartCard';
import { IndicatorTrend } from '../objectives/IndicatorTrend';

/** Indicator trends of the objectives in the chosen area (every area without one), one indicator at a time. */
export const IndicatorTrendsCard = ({ area }: { area?: string }) => {
  const translate = useTranslate();
  const api = useObservatoryApi();
  const [chosen, setChosen] = useState<string>('');
  const { data, isPending } = useQuery({
    queryKey: ['observatory', 'objectives', 'dashboard', area],
    queryFn: () => api.observatoryObjectives({ filters: { area }, pageSize: 100 }),
  });
  const indicators = (data?.data ?? []).flatMap((objective) =>
    objective.indicators.map((indicator) => ({ objective, indicator }))
  );
  const measured = (i: (typeof indicators)[number]) => i.indicator.values.filter((v) => v.value !== null).length;
  // Until the user picks one: the indicator with the longest series, the most telling trend.
  const longest = indicators.reduce<(typeof indicators)[number] | undefined>(
    (best, i) => (measured(i) > (best ? measured(best) : 0) ? i : best),
    undefined
  );
  const current = indicators.find((i) => i.indicator.documentId === chosen) ?? longest;

  return (
    <ChartCard
      title={translate('observatory.dashboard.trends')}
      hint={translate('observatory.dashboard.trendsHint')}
      testId="observatory-trends"
    >
      {isPending ? (
        <LinearProgress />
      ) : !current ? (
        <Typography color="text.secondary">{translate('observatory.dashboard.noIndicators')}</Typography>
      ) : (
        <>
          <TextField
            select
            size="small"
            fullWidth
            label={translate('observatory.dashboard.indicator')}
            value={current.indicator.documentId}
            onChange={(e) => setChosen(e.target.value)}
            sx={{ mb: 1 }}
          >
            {indicators.map(({ objective, indicator }) => (
              <MenuItem key={indicator.documentId} value={indicator.documentId}>
                {indicator.name} — {objective.name}
              </MenuItem>
            ))}
          </TextField>
          <IndicatorTrend indicator={current.indicator} height={260} />
        </>
      )}
    </ChartCard>
  );
};
