import { Box, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import type { DashboardData } from '../api/types';
import { LazyChart } from '../charts/LazyChart';
import { everyMonth, monthlyOption, rankedBarsOption } from '../charts/options';
import { ChartCard } from '../common/ChartCard';
import { useObservatoryFormat } from '../common/format';

const Empty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ py: 6, textAlign: 'center' }}>
      <Typography color="text.secondary">{translate('observatory.dashboard.noIntakes')}</Typography>
    </Box>
  );
};

/** The needs observatory: the server's counts of segretariato intakes by need, comune and month. */
export const NeedsCharts = ({ data, from, to }: { data: DashboardData; from: number; to: number }) => {
  const translate = useTranslate();
  const f = useObservatoryFormat();
  const requests = translate('observatory.dashboard.requests');
  const intakes = translate('observatory.dashboard.intakesAxis');

  const byNeed = useMemo(
    () =>
      rankedBarsOption(
        data.byNeed.map((r) => ({
          label: f.text(r.label) || translate(`observatory.needs.${r.need}`, { _: r.need }),
          count: r.count,
        })),
        requests,
        f.integer
      ),
    [data.byNeed, f, requests, translate]
  );
  const byMunicipality = useMemo(
    () =>
      rankedBarsOption(
        data.byMunicipality.map((r) => ({ label: r.municipality.name, count: r.count })),
        intakes,
        f.integer,
        '#5e35b1'
      ),
    [data.byMunicipality, f, intakes]
  );
  const byMonth = useMemo(() => {
    const now = new Date();
    const until = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
    const months = everyMonth(data.byMonth, from, to, until);
    return monthlyOption(
      months.map((r) => ({ label: f.month(r.month), count: r.count })),
      intakes,
      f.integer
    );
  }, [data.byMonth, from, to, f, intakes]);

  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
      <ChartCard
        title={translate('observatory.dashboard.byNeed')}
        hint={translate('observatory.dashboard.byNeedHint')}
        testId="observatory-by-need"
      >
        {data.byNeed.length ? (
          <LazyChart
            option={byNeed}
            label={translate('observatory.dashboard.byNeed')}
            height={Math.max(240, data.byNeed.length * 34)}
          />
        ) : (
          <Empty />
        )}
      </ChartCard>
      <ChartCard
        title={translate('observatory.dashboard.byMunicipality')}
        hint={translate('observatory.dashboard.byMunicipalityHint')}
        testId="observatory-by-municipality"
      >
        {data.byMunicipality.length ? (
          <LazyChart
            option={byMunicipality}
            label={translate('observatory.dashboard.byMunicipality')}
            height={Math.max(240, data.byMunicipality.length * 34)}
          />
        ) : (
          <Empty />
        )}
      </ChartCard>
      <Box sx={{ gridColumn: { lg: '1 / span 2' } }}>
        <ChartCard
          title={translate('observatory.dashboard.byMonth')}
          hint={translate('observatory.dashboard.byMonthHint')}
          testId="observatory-by-month"
        >
          {data.byMonth.length ? (
            <LazyChart option={byMonth} label={translate('observatory.dashboard.byMonth')} height={280} />
          ) : (
            <Empty />
          )}
        </ChartCard>
      </Box>
    </Box>
  );
};
