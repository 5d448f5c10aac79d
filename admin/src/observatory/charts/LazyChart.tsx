import { LinearProgress } from '@mui/material';
import { lazy, Suspense } from 'react';
import type { EChartProps } from './EChart';

const EChart = lazy(() => import('./EChart'));

/** An echarts chart loaded on first use (the library is a separate chunk). */
export const LazyChart = (props: EChartProps) => (
  <Suspense fallback={<LinearProgress sx={{ my: 2 }} />}>
    <EChart {...props} />
  </Suspense>
);
