import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Show, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { withObservatoryData } from '../api/ObservatoryData';
import type { Objective } from '../api/types';
import { IndicatorCard } from './IndicatorCard';

/** The grid of the programming document, in its order. */
const GRID_FIELDS = ['summary', 'needs', 'target', 'interventions', 'actors', 'financialResources', 'professionalResources', 'tools', 'timing'] as const;

const ObjectiveDetail = () => {
  const translate = useTranslate();
  const objective = useRecordContext<Objective>();
  if (!objective) return null;
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <Typography variant="h5" component="h1">
          {objective.name}
        </Typography>
        <Chip label={translate(`observatory.enums.objectiveType.${objective.type}`)} color={objective.type === 'strategico' ? 'primary' : 'default'} />
        {objective.period && <Chip variant="outlined" label={objective.period} />}
        {objective.area && <Chip variant="outlined" label={objective.area.name} />}
      </Stack>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        {GRID_FIELDS.filter((field) => objective[field]).map((field) => (
          <Box key={field}>
            <Typography variant="overline" color="text.secondary">
              {translate(`resources.observatory-objectives.fields.${field}`)}
            </Typography>
            <Typography sx={{ whiteSpace: 'pre-line' }}>{objective[field]}</Typography>
          </Box>
        ))}
      </Box>
      <Typography variant="h6" component="h2">
        {translate('observatory.objectives.indicators')}
      </Typography>
      {objective.indicators.length === 0 ? (
        <Typography color="text.secondary">{translate('observatory.objectives.noIndicators')}</Typography>
      ) : (
        objective.indicators.map((indicator) => <IndicatorCard key={indicator.documentId} indicator={indicator} period={objective.period} />)
      )}
    </Stack>
  );
};

/** An objective with its indicators, their yearly values and trends. */
const ObjectiveShowView = () => (
  <Show resource="observatory-objectives" actions={<TopToolbar />}>
    <Card elevation={0}>
      <CardContent sx={{ p: 0 }}>
        <ObjectiveDetail />
      </CardContent>
    </Card>
  </Show>
);

export const ObjectiveShow = withObservatoryData(ObjectiveShowView);
