import EditIcon from '@mui/icons-material/Edit';
import { Box, Button, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useCanAccess, useCreatePath, useTranslate } from 'react-admin';
import type { Indicator } from '../api/types';
import { useObservatoryFormat } from '../common/format';
import { IndicatorTrend } from './IndicatorTrend';

/** One indicator: how it is measured, its yearly values with their source, and their trend. */
export const IndicatorCard = ({ indicator }: { indicator: Indicator }) => {
  const translate = useTranslate();
  const f = useObservatoryFormat();
  const createPath = useCreatePath();
  const { canAccess: canEdit } = useCanAccess({ resource: 'observatory-indicators', action: 'edit' });

  return (
    <Card variant="outlined" data-testid="observatory-indicator">
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }} useFlexGap>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {indicator.name}
          </Typography>
          <Chip size="small" label={translate(`observatory.enums.indicatorKind.${indicator.kind}`)} color={indicator.kind === 'computed' ? 'info' : 'default'} />
          {indicator.unit && <Chip size="small" variant="outlined" label={indicator.unit} />}
          <Box sx={{ flexGrow: 1 }} />
          {canEdit && indicator.kind === 'manual' && (
            <Button
              size="small"
              startIcon={<EditIcon />}
              component={Link}
              to={createPath({ resource: 'observatory-indicators', id: indicator.documentId, type: 'edit' })}
            >
              {translate('observatory.indicators.editValues')}
            </Button>
          )}
        </Stack>
        {indicator.description && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {indicator.description}
          </Typography>
        )}
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '2fr 3fr' }, alignItems: 'start' }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('observatory.indicators.year')}</TableCell>
                <TableCell align="right">{translate('observatory.indicators.value')}</TableCell>
                <TableCell>{translate('observatory.indicators.source')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {indicator.values.length === 0 && (
                <TableRow>
                  <TableCell colSpan={3}>{translate('observatory.indicators.noValues')}</TableCell>
                </TableRow>
              )}
              {indicator.values.map((v) => (
                <TableRow key={v.year} data-year={v.year}>
                  <TableCell>{v.year}</TableCell>
                  <TableCell align="right">{f.decimal(v.value)}</TableCell>
                  <TableCell>{v.source || '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <IndicatorTrend indicator={indicator} />
        </Box>
      </CardContent>
    </Card>
  );
};
