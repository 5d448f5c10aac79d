import { Box, LinearProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { useObservatoryApi } from '../api/ObservatoryData';
import { ChartCard } from '../common/ChartCard';
import { useObservatoryFormat } from '../common/format';
import { PopulationPyramid } from '../demographics/PopulationPyramid';

/** The chosen comune's age pyramid (latest year the server has); without a comune, how to get one. */
export const PyramidCard = ({ municipality }: { municipality?: string }) => {
  const translate = useTranslate();
  const api = useObservatoryApi();
  const f = useObservatoryFormat();
  const { data, isPending, error } = useQuery({
    queryKey: ['observatory', 'demographics', municipality],
    queryFn: () => api.observatoryDemographics({ filters: { municipality }, pageSize: 100 }),
    enabled: !!municipality,
  });
  const latest = data?.data
    .filter((row) => !municipality || row.municipality?.documentId === municipality)
    .reduce<(typeof data.data)[number] | undefined>((best, row) => (!best || row.year > best.year ? row : best), undefined);

  const title = latest
    ? translate('observatory.pyramid.title', { municipality: latest.municipality?.name ?? '', year: latest.year })
    : translate('observatory.pyramid.titleEmpty');
  return (
    <ChartCard title={title} hint={translate('observatory.pyramid.hint')} testId="observatory-pyramid-card">
      {!municipality ? (
        <Box sx={{ py: 4, textAlign: 'center' }}>
          <Typography color="text.secondary">{translate('observatory.pyramid.chooseMunicipality')}</Typography>
        </Box>
      ) : isPending ? (
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
