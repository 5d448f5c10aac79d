import { Alert, Box, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Title, useCanAccess, useTranslate } from 'react-admin';
import { useObservatoryApi } from '../api/ObservatoryData';
import { ExportButtons } from '../common/ExportButtons';
import { useObservatoryFormat } from '../common/format';
import { useAreas, useMunicipalities } from '../common/useChoices';
import { EvaluationTableButton } from '../evaluation/EvaluationTableButton';
import { DashboardFilterBar } from './DashboardFilterBar';
import { IndicatorTrendsCard } from './IndicatorTrendsCard';
import { NeedsCharts } from './NeedsCharts';
import { PyramidCard } from './PyramidCard';
import { useDashboardFilters } from './useDashboardFilters';

const CURRENT_YEAR = new Date().getFullYear();

/** Which part of the district the figures are about, in words. */
const useScope = (area?: string, municipality?: string) => {
  const translate = useTranslate();
  const areas = useAreas();
  const municipalities = useMunicipalities();
  const areaName = areas.data?.find((a) => a.code === area)?.name;
  const municipalityName = municipalities.data?.find((m) => m.id === municipality)?.name;
  const where = municipality ? String(municipalityName ?? '…') : translate('observatory.dashboard.wholeDistrict');
  return area ? `${where} · ${String(areaName ?? '…')}` : where;
};

/** The observatory's dashboard: the needs observatory, the age pyramid and indicator trends, per area and comune. */
export const DashboardPage = () => {
  const translate = useTranslate();
  const api = useObservatoryApi();
  const f = useObservatoryFormat();
  const [filters, setFilters] = useDashboardFilters();
  const scope = useScope(filters.area, filters.municipality);
  const { canAccess: canExport } = useCanAccess({ resource: 'observatory-dashboard', action: 'export' });
  const { data, error, isFetching } = useQuery({
    queryKey: ['observatory', 'dashboard', filters],
    queryFn: () => api.observatoryDashboard(filters),
    placeholderData: keepPreviousData,
  });

  return (
    <Box sx={{ my: 2 }}>
      <Title title="observatory.dashboard.title" />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('observatory.dashboard.intro')}
          </Typography>
          <DashboardFilterBar filters={filters} onChange={setFilters} />
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', justifyContent: 'flex-end', mt: 2 }}>
            {canExport && <ExportButtons what="dashboard" filters={{ ...filters }} />}
            <EvaluationTableButton />
          </Stack>
        </CardContent>
        {isFetching && <LinearProgress />}
      </Card>
      {error ? (
        <Alert severity="error">{error instanceof Error ? translate(error.message, { _: error.message }) : String(error)}</Alert>
      ) : null}
      {data && (
        <Stack spacing={2}>
          <Card>
            <CardContent>
              <Typography variant="overline" color="text.secondary">
                {translate('observatory.dashboard.intakes')} · {scope}
              </Typography>
              <Typography variant="h3" component="p" data-testid="observatory-intakes">
                {f.integer(data.intakes)}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {translate('observatory.dashboard.intakesHint')}
              </Typography>
            </CardContent>
          </Card>
          <NeedsCharts data={data} from={Number(filters.from ?? CURRENT_YEAR)} to={Number(filters.to ?? CURRENT_YEAR)} />
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
            <PyramidCard municipality={filters.municipality} />
            <IndicatorTrendsCard area={filters.area} />
          </Box>
        </Stack>
      )}
    </Box>
  );
};
