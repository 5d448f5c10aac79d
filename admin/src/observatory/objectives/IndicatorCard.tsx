import EditIcon from '@mui/icons-material/Edit';
import {
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link, useCanAccess, useCreatePath, useTranslate } from 'react-admin';
import type { Indicator } from '../api/types';
import { useObservatoryFormat } from '../common/format';
import { IndicatorTrend } from './IndicatorTrend';
import { useLiveValues } from './useLiveValues';

/**
 * One indicator: how it is measured, its recorded yearly values with their source and, for an indicator
 * the system computes, the values counted now from the live data; their trend beside.
 */
export const IndicatorCard = ({ indicator, period }: { indicator: Indicator; period?: string }) => {
  const translate = useTranslate();
  const f = useObservatoryFormat();
  const createPath = useCreatePath();
  const { canAccess: canEdit } = useCanAccess({ resource: 'observatory-indicators', action: 'edit' });
  const live = useLiveValues(indicator, period);
  const liveValues = live.data;
  const years = [...new Set([...indicator.values.map((v) => v.year), ...(liveValues ?? []).map((v) => v.year)])].sort(
    (a, b) => a - b
  );
  const computed = indicator.kind === 'computed';

  return (
    <Card variant="outlined" data-testid="observatory-indicator">
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }} useFlexGap>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {indicator.name}
          </Typography>
          <Chip
            size="small"
            label={translate(`observatory.enums.indicatorKind.${indicator.kind}`)}
            color={computed ? 'info' : 'default'}
          />
          {indicator.unit && <Chip size="small" variant="outlined" label={indicator.unit} />}
          <Box sx={{ flexGrow: 1 }} />
          {canEdit && (
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
                <TableCell align="right">{translate('observatory.indicators.recorded')}</TableCell>
                <TableCell>{translate('observatory.indicators.source')}</TableCell>
                {computed && <TableCell align="right">{translate('observatory.indicators.live')}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {years.length === 0 && (
                <TableRow>
                  <TableCell colSpan={computed ? 4 : 3}>{translate('observatory.indicators.noValues')}</TableCell>
                </TableRow>
              )}
              {years.map((year) => {
                const recorded = indicator.values.find((v) => v.year === year);
                const now = liveValues?.find((v) => v.year === year);
                return (
                  <TableRow key={year} data-year={year}>
                    <TableCell>{year}</TableCell>
                    <TableCell align="right">{f.decimal(recorded?.value)}</TableCell>
                    <TableCell>{[recorded?.source, recorded?.note].filter(Boolean).join(' · ') || '—'}</TableCell>
                    {computed && <TableCell align="right">{f.decimal(now?.value)}</TableCell>}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <IndicatorTrend indicator={indicator} live={liveValues} />
        </Box>
        {computed && (
          <Typography variant="caption" color="text.secondary">
            {translate('observatory.indicators.liveHint')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};
