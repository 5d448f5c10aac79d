import { useState } from 'react';
import {
  Box,
  Button,
  FormControlLabel,
  Link as MuiLink,
  Paper,
  Stack,
  Switch,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tabs,
  Typography,
} from '@mui/material';
import { Link } from 'react-router-dom';
import { Title, useBasename, useLocaleState, useNotify, useRequireAccess, useTranslate } from 'react-admin';
import { QueryState } from '../../forms/common/QueryState';
import { languageOf, pick } from '../../forms/model/localized';
import { useInvalidateWorkflows, useWorkflowDefinitions, useWorkflowTasks } from '../api/queries';
import { stateLabelsOf } from '../model/stateLabels';
import { useWorkflowsApi } from '../api/useWorkflowsApi';
import { DueDate } from '../panel/DueDate';
import { describeRefusal } from '../model/errors';
import { SubjectLink } from '../instances/SubjectLink';
import { NotificationsPanel } from './NotificationsPanel';

type Status = 'open' | 'done' | 'all';

/** "My tasks": those assigned to the user or to the user's role, soonest due first, overdue marked; and the notices. */
export const TaskList = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const basename = useBasename();
  const api = useWorkflowsApi();
  const invalidate = useInvalidateWorkflows();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const [status, setStatus] = useState<Status>('open');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const { isPending: checking } = useRequireAccess({ action: 'list', resource: 'workflow-tasks' });
  const { data, isPending, error } = useWorkflowTasks(status);
  const { data: workflows } = useWorkflowDefinitions();
  /** The workflow's name and the state's label (of the published version), else their keys. */
  const where = (workflowKey: string, state: string) => {
    const workflow = workflows?.find((item) => item.key === workflowKey);
    const label = pick(stateLabelsOf(workflows, workflowKey, 0).get(state), language);
    return `${workflow ? pick(workflow.name, language) : workflowKey} · ${label || state}`;
  };
  if (checking) return null;
  const rows = (data?.data ?? []).filter((task) => !overdueOnly || task.overdue);
  const overdueCount = (data?.data ?? []).filter((task) => task.overdue).length;

  const complete = async (id: string) => {
    try {
      await api.workflowsCompleteTask(id);
      notify('workflows.tasks.completed', { type: 'success' });
      await invalidate();
    } catch (failure) {
      notify(describeRefusal(failure, languageOf(locale)).message, { type: 'error' });
    }
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="workflows.tasks.title" />
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
        {translate('workflows.tasks.title')}
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Tabs value={status} onChange={(_, value: Status) => setStatus(value)}>
          <Tab value="open" label={translate('workflows.tasks.open')} />
          <Tab value="done" label={translate('workflows.tasks.done')} />
          <Tab value="all" label={translate('workflows.tasks.all')} />
        </Tabs>
        <FormControlLabel
          control={<Switch checked={overdueOnly} onChange={(event) => setOverdueOnly(event.target.checked)} />}
          label={translate('workflows.tasks.overdueOnly', { n: overdueCount })}
        />
      </Stack>
      <QueryState isPending={isPending} error={error} />
      {data ? (
        <Paper variant="outlined" sx={{ mb: 3 }}>
          <Table size="small" aria-label={translate('workflows.tasks.title')}>
            <TableHead>
              <TableRow>
                {['title', 'workflow', 'record', 'assignee', 'due', 'actions'].map((column) => (
                  <TableCell key={column}>{translate(`workflows.tasks.columns.${column}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((task) => (
                <TableRow key={task.documentId} hover>
                  <TableCell>{pick(task.title, language)}</TableCell>
                  <TableCell>{where(task.instance.workflow, task.instance.state)}</TableCell>
                  <TableCell>
                    {task.subject ? (
                      <SubjectLink type={task.subject.type} documentId={task.subject.documentId} label={task.subjectLabel} />
                    ) : (
                      '—'
                    )}
                  </TableCell>
                  <TableCell>
                    {[
                      task.assignee.username,
                      task.assignee.role ? translate(`roles.${task.assignee.role}`, { _: task.assignee.role }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ') || '—'}
                  </TableCell>
                  <TableCell sx={{ color: task.overdue ? 'error.main' : undefined }}>
                    <DueDate day={task.dueDate} overdue={task.overdue} />
                  </TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={1}>
                      <MuiLink
                        component={Link}
                        to={`${basename}/workflow-instances/${encodeURIComponent(task.instance.documentId)}/show`}
                        sx={{ alignSelf: 'center' }}
                      >
                        {translate('workflows.instances.openOne')}
                      </MuiLink>
                      {task.status === 'open' ? (
                        <Button size="small" onClick={() => complete(task.documentId)}>
                          {translate('workflows.tasks.complete')}
                        </Button>
                      ) : (
                        <Typography variant="caption">
                          {translate('workflows.tasks.doneBy', { who: task.closedBy ?? '—' })}
                        </Typography>
                      )}
                    </Stack>
                  </TableCell>
                </TableRow>
              ))}
              {rows.length === 0 ? (
                <TableRow>
                  <TableCell colSpan={6}>{translate('workflows.tasks.empty')}</TableCell>
                </TableRow>
              ) : null}
            </TableBody>
          </Table>
        </Paper>
      ) : null}
      <NotificationsPanel />
    </Box>
  );
};
