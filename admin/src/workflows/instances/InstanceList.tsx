import { useState } from 'react';
import {
  Box,
  Button,
  Link as MuiLink,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link, useSearchParams } from 'react-router-dom';
import { Title, useBasename, useLocaleState, useRequireAccess, useTranslate } from 'react-admin';
import { QueryState } from '../../forms/common/QueryState';
import { languageOf, pick } from '../../forms/model/localized';
import { useWorkflowDefinitions, useWorkflowInstances } from '../api/queries';
import { DueDate } from '../panel/DueDate';
import { StateChip } from '../panel/StateChip';
import { InstanceFilters, type InstanceFilterValues } from './InstanceFilters';
import { SubjectLink } from './SubjectLink';
import { PageHeading } from '../../common/PageHeading';

const PAGE_SIZE = 50;

/** The instances this user may see, filtered by workflow, state, running/ended and overdue, newest first. */
export const InstanceList = () => {
  const translate = useTranslate();
  const basename = useBasename();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  // The home links here with `?workflow=…&overdue=true` (the overdue steps of one workflow).
  const [search] = useSearchParams();
  const [filters, setFilters] = useState<InstanceFilterValues>({
    workflow: search.get('workflow') ?? '',
    state: '',
    closed: 'false',
    overdue: search.get('overdue') === 'true',
  });
  const [page, setPage] = useState(1);
  const { isPending: checking } = useRequireAccess({ action: 'list', resource: 'workflow-instances' });
  const { data: workflows } = useWorkflowDefinitions();
  const { data, isPending, error } = useWorkflowInstances({
    workflow: filters.workflow || undefined,
    state: filters.state || undefined,
    closed: filters.closed === '' ? undefined : filters.closed === 'true',
    overdue: filters.overdue || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  if (checking) return null;
  const rows = data?.data ?? [];
  const pageCount = data?.meta.pagination.pageCount ?? 1;

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="workflows.instances.title" />
      <PageHeading
        title="workflows.instances.title"
        create={{ path: 'workflow-instances/create', label: 'workflows.instances.start' }}
      />
      <InstanceFilters
        value={filters}
        workflows={workflows ?? []}
        onChange={(value) => {
          setFilters(value);
          setPage(1);
        }}
      />
      <QueryState isPending={isPending} error={error} />
      {data ? (
        <Paper variant="outlined">
          <Table size="small" aria-label={translate('workflows.instances.title')}>
            <TableHead>
              <TableRow>
                {['workflow', 'record', 'state', 'assignee', 'deadline', 'open'].map((column) => (
                  <TableCell key={column}>{translate(`workflows.instances.columns.${column}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((instance) => (
                <TableRow key={instance.documentId} hover>
                  <TableCell>
                    {pick(instance.workflow.name, language) || instance.workflow.key}{' '}
                    <Typography component="span" variant="caption" color="text.secondary">
                      v{instance.workflow.version}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <SubjectLink
                      type={instance.subject.type}
                      documentId={instance.subject.documentId}
                      label={instance.subjectLabel}
                    />
                  </TableCell>
                  <TableCell>
                    <StateChip label={pick(instance.state.label, language)} colour={instance.state.colour} />
                  </TableCell>
                  <TableCell>
                    {[
                      instance.assignee.user?.username,
                      instance.assignee.role ? translate(`roles.${instance.assignee.role}`, { _: instance.assignee.role }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ') || '—'}
                  </TableCell>
                  <TableCell>
                    <DueDate day={instance.deadline} overdue={instance.overdue} />
                  </TableCell>
                  <TableCell>
                    <MuiLink
                      component={Link}
                      to={`${basename}/workflow-instances/${encodeURIComponent(instance.documentId)}/show`}
                    >
                      {translate('workflows.instances.openOne')}
                    </MuiLink>
                  </TableCell>
                </TableRow>
              ))}
              {rows.length === 0 ? (
                <TableRow>
                  <TableCell colSpan={6}>{translate('workflows.instances.empty')}</TableCell>
                </TableRow>
              ) : null}
            </TableBody>
          </Table>
        </Paper>
      ) : null}
      {pageCount > 1 ? (
        <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'center' }}>
          <Button disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {translate('ra.navigation.previous')}
          </Button>
          <Typography variant="body2">{translate('workflows.instances.page', { page, pages: pageCount })}</Typography>
          <Button disabled={page >= pageCount} onClick={() => setPage(page + 1)}>
            {translate('ra.navigation.next')}
          </Button>
        </Stack>
      ) : null}
    </Box>
  );
};
