import { LinearProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { useObservatoryApi } from '../api/ObservatoryData';
import type { DemographicRow } from '../api/types';
import { ChartCard } from '../common/ChartCard';
import { useObservatoryFormat } from '../common/format';
import { PopulationPyramid } from '../demographics/PopulationPyramid';

const latestOf = (rows: DemographicRow[]) =>
  rows.reduce<DemographicRow | undefined>((best, row) => (!best || row.year > best.year ? row : best), undefined);

/** The age pyramid of the chosen comune, or of the district (the server's sums), in the latest year it has. */
export const PyramidCard = ({ municipality }: { municipality?: string }) => {
  const translate = useTranslate();
  const api = useObservatoryApi();
  const f = useObservatoryFormat();
  const { data, isPending, error } = useQuery({
    queryKey: ['observatory', 'demographics', municipality ?? ''],
    queryFn: () => api.observatoryDemographics({ filters: { municipality } }),
  });
  const latest = data ? latestOf(municipality ? data.data : data.district) : undefined;
  const where = latest?.municipality?.name ?? translate('observatory.dashboard.wholeDistrict');

  const title = latest
    ? translate('observatory.pyramid.title', { municipality: where, year: latest.year })
    : translate('observatory.pyramid.titleEmpty');
  return (
    <ChartCard title={title} hint={translate('observatory.pyramid.hint')} testId="observatory-pyramid-card">
      {isPending ? (
        <LinearProgress />
      ) : error || !latest ? (
        <Typography color="text.secondary">{translate('observatory.pyramid.noData')}</Typography>
      ) : (
        <>
          <PopulationPyramid row={latest} />
          <Typography variant="body2" color="text.secondary">
            {translate('observatory.pyramid.total', { total: f.integer(latest.total) })}
          </Typography>
        </>
      )}
    </ChartCard>
  );
};
