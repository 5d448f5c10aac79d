import { Alert, Box, Chip, Divider, Paper, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { QueryState } from '../../forms/common/QueryState';
import { languageOf, pick } from '../../forms/model/localized';
import { useWorkflowDefinitions, useWorkflowInstance, useInvalidateWorkflows } from '../api/queries';
import { formatDay } from '../model/dates';
import { stateLabelsOf } from '../model/stateLabels';
import { HistoryTimeline } from './HistoryTimeline';
import { StateChip } from './StateChip';
import { TransitionActions } from './TransitionActions';

/** One workflow instance: where the record is, who has it, by when, what this user may do, what happened. */
export const InstanceCard = ({ id }: { id: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const { data: instance, isPending, error, refetch } = useWorkflowInstance(id);
  const { data: workflows } = useWorkflowDefinitions();
  const invalidate = useInvalidateWorkflows();
  if (!instance) return <QueryState isPending={isPending} error={error} />;
  const labels = stateLabelsOf(workflows, instance.workflow.key, instance.workflow.version);
  const name = pick(instance.workflow.name, language) || instance.workflow.key;
  const assignee = [
    instance.assignee.user?.username,
    instance.assignee.role ? translate(`roles.${instance.assignee.role}`, { _: instance.assignee.role }) : null,
  ].filter(Boolean);

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={translate('workflows.panel.instanceOf', { name })}
      sx={{ p: 2, mb: 2 }}
    >
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="h6" component="h2">
          {name}
        </Typography>
        <StateChip label={pick(instance.state.label, language)} colour={instance.state.colour} size="medium" />
        <Chip size="small" variant="outlined" label={translate('workflows.common.version', { n: instance.workflow.version })} />
        {instance.overdue ? <Chip size="small" color="error" label={translate('workflows.panel.overdue')} /> : null}
      </Stack>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0, mb: 2 }}
      >
        <Typography component="dt" variant="body2" color="text.secondary">
          {translate('workflows.panel.assignee')}
        </Typography>
        <Typography component="dd" variant="body2" sx={{ m: 0 }}>
          {assignee.length > 0 ? assignee.join(' · ') : '—'}
        </Typography>
        <Typography component="dt" variant="body2" color="text.secondary">
          {translate('workflows.panel.deadline')}
        </Typography>
        <Typography component="dd" variant="body2" sx={{ m: 0, color: instance.overdue ? 'error.main' : undefined }}>
          {instance.deadline ? formatDay(instance.deadline, locale) : '—'}
          {instance.overdue ? ` (${translate('workflows.panel.overdue')})` : ''}
        </Typography>
        <Typography component="dt" variant="body2" color="text.secondary">
          {translate('workflows.panel.startedBy')}
        </Typography>
        <Typography component="dd" variant="body2" sx={{ m: 0 }}>
          {instance.startedBy ?? '—'}
        </Typography>
      </Box>
      {instance.tasks.length > 0 ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {instance.tasks.map((task) => (
            <div key={task.documentId}>
              {pick(task.title, language)}
              {task.dueDate ? ` – ${translate('workflows.tasks.due', { date: formatDay(task.dueDate, locale) })}` : ''}
            </div>
          ))}
        </Alert>
      ) : null}
      <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {translate('workflows.panel.transitions')}
      </Typography>
      <TransitionActions
        instance={instance}
        labels={labels}
        onMoved={async () => {
          await refetch();
          await invalidate();
        }}
      />
      <Divider sx={{ my: 2 }} />
      <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {translate('workflows.panel.history')}
      </Typography>
      <HistoryTimeline history={instance.history} labels={labels} />
    </Paper>
  );
};
