import type { ReactNode } from 'react';
import { Box } from '@mui/material';

/** Inputs side by side in equal columns (one column on narrow screens) inside a react-admin form. */
export const FieldRow = ({ children, columns = 3 }: { children: ReactNode; columns?: number }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: `repeat(${columns}, 1fr)` }, columnGap: 2, width: '100%' }}>
    {children}
  </Box>
);
