import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { EditButton, Link, Show, TopToolbar, useCanAccess, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { withObservatoryData } from '../api/ObservatoryData';
import type { Objective } from '../api/types';
import { IndicatorCard } from './IndicatorCard';

/** The grid of the programming document, in its order. */
const GRID_FIELDS = [
  'summary',
  'needs',
  'target',
  'interventions',
  'actors',
  'financialResources',
  'professionalResources',
  'tools',
  'timing',
  'outcomeNotes',
] as const;

/** The UdP's buttons: edit the objective, add an indicator to it (nobody else sees them). */
const Actions = () => {
  const objective = useRecordContext<Objective>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess: canEdit } = useCanAccess({ resource: 'observatory-objectives', action: 'edit' });
  const { canAccess: canAdd } = useCanAccess({ resource: 'observatory-indicators', action: 'create' });
  return (
    <TopToolbar>
      {canAdd && objective && (
        <Button
          size="small"
          startIcon={<AddIcon />}
          component={Link}
          to={createPath({ resource: 'observatory-indicators', type: 'create' })}
          state={{ objective: objective.code }}
        >
          {translate('observatory.objectives.addIndicator')}
        </Button>
      )}
      {canEdit && <EditButton />}
    </TopToolbar>
  );
};

/** Linked services and governance decisions, as chips. */
const Links = ({ objective }: { objective: Objective }) => {
  const translate = useTranslate();
  const groups = [
    { key: 'services', items: objective.services ?? [] },
    { key: 'decisions', items: objective.decisions ?? [] },
  ].filter((g) => g.items.length > 0);
  return (
    <>
      {groups.map((group) => (
        <Box key={group.key}>
          <Typography variant="overline" color="text.secondary">
            {translate(`observatory.form.${group.key}`)}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {group.items.map((item) => (
              <Chip key={item.documentId} variant="outlined" label={item.name} sx={{ maxWidth: 600 }} />
            ))}
          </Stack>
        </Box>
      ))}
    </>
  );
};

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
        <Chip
          label={translate(`observatory.enums.objectiveType.${objective.type}`)}
          color={objective.type === 'strategico' ? 'primary' : 'default'}
        />
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
      <Links objective={objective} />
      <Typography variant="h6" component="h2">
        {translate('observatory.objectives.indicators')}
      </Typography>
      {objective.indicators.length === 0 ? (
        <Typography color="text.secondary">{translate('observatory.objectives.noIndicators')}</Typography>
      ) : (
        objective.indicators.map((indicator) => (
          <IndicatorCard key={indicator.documentId} indicator={indicator} period={objective.period} />
        ))
      )}
    </Stack>
  );
};

/** An objective with its indicators, their yearly values and trends. */
const ObjectiveShowView = () => (
  <Show resource="observatory-objectives" actions={<Actions />}>
    <Card elevation={0}>
      <CardContent sx={{ p: 0 }}>
        <ObjectiveDetail />
      </CardContent>
    </Card>
  </Show>
);

export const ObjectiveShow = withObservatoryData(ObjectiveShowView);
