import { Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A chart with a title and one sentence saying how to read it. */
export const ChartCard = ({
  title,
  hint,
  children,
  testId,
}: {
  title: string;
  hint: string;
  children: ReactNode;
  testId?: string;
}) => (
  <Card data-testid={testId} sx={{ height: '100%' }}>
    <CardContent>
      <Typography variant="h6" component="h2">
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {hint}
      </Typography>
      {children}
    </CardContent>
  </Card>
);
