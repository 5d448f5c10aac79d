import { lazy, Suspense } from 'react';
import { Box, CircularProgress } from '@mui/material';
import type { DiagramInput } from './WorkflowDiagram';

// React Flow loads only when a diagram is first shown.
const WorkflowDiagram = lazy(() => import('./WorkflowDiagram'));

/** The workflow's graph, loaded on first use. */
export const LazyDiagram = (props: DiagramInput & { height?: number }) => (
  <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}>
    <Suspense fallback={<CircularProgress sx={{ m: 2 }} />}>
      <WorkflowDiagram {...props} />
    </Suspense>
  </Box>
);
