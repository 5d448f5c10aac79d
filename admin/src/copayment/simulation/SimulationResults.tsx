import DownloadIcon from '@mui/icons-material/Download';
import {
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { lazy, Suspense, useState } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { SimulationResult } from '../../../../src/copayment/contracts';
import { useCopaymentApi } from '../api/useCopaymentApi';
import { ExampleDataChip } from '../common/ExampleDataChip';
import type { ChartMetric } from './ImpactChart';
import { ImpactTable } from './ImpactTable';

const ImpactChart = lazy(() => import('./ImpactChart'));

/** The table per comune with its XLSX export, and the chart of today against the proposal. */
export const SimulationResults = ({ result }: { result: SimulationResult }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const api = useCopaymentApi();
  const [metric, setMetric] = useState<ChartMetric>('netCost');
  const [locale] = useLocaleState();

  const download = async () => {
    try {
      const blob = await api.copaymentExport(result.documentId);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `simulazione-compartecipazione-${result.date}.xlsx`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
  };

  return (
    <Stack spacing={2}>
      <Card>
        <CardContent>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }} useFlexGap>
            <Typography variant="h6" component="h2">
              {translate('copayment.simulation.results')}
            </Typography>
            <Typography color="text.secondary">
              {locale === 'en' ? result.service.name.en : result.service.name.it} · {result.uniformTariff.regulation}
            </Typography>
            <ExampleDataChip show={result.exampleData} />
            <Box sx={{ flexGrow: 1 }} />
            <Button variant="outlined" startIcon={<DownloadIcon />} onClick={download}>
              {translate('copayment.simulation.export')}
            </Button>
          </Stack>
          <Box sx={{ overflowX: 'auto' }}>
            <ImpactTable result={result} />
          </Box>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate('copayment.simulation.legend')}
          </Typography>
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <ToggleButtonGroup
            exclusive
            size="small"
            value={metric}
            onChange={(_, value: ChartMetric | null) => value && setMetric(value)}
            aria-label={translate('copayment.simulation.chart')}
            sx={{ mb: 1 }}
          >
            <ToggleButton value="netCost">{translate('copayment.simulation.chartNetCost')}</ToggleButton>
            <ToggleButton value="revenue">{translate('copayment.simulation.chartRevenue')}</ToggleButton>
          </ToggleButtonGroup>
          <Suspense fallback={<LinearProgress />}>
            <ImpactChart result={result} metric={metric} />
          </Suspense>
        </CardContent>
      </Card>
    </Stack>
  );
};
