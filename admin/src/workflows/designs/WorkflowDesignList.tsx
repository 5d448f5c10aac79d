import { Box, Link as MuiLink, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link } from 'react-router-dom';
import { Title, useBasename, useLocaleState, useRequireAccess, useTranslate } from 'react-admin';
import { QueryState } from '../../forms/common/QueryState';
import { languageOf, pick } from '../../forms/model/localized';
import { useWorkflowDefinitions } from '../api/queries';
import { subjectTypeName } from '../model/subjects';
import { VersionChip } from './statusChip';
import { PageHeading } from '../../common/PageHeading';

/** The UdP's workflows: what each applies to, its versions by status. */
export const WorkflowDesignList = () => {
  const translate = useTranslate();
  const basename = useBasename();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const { isPending: checking } = useRequireAccess({ action: 'list', resource: 'workflow-designs' });
  const { data, isPending, error } = useWorkflowDefinitions();
  if (checking) return null;

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="workflows.designs.title" />
      <PageHeading
        title="workflows.designs.title"
        create={{ path: 'workflow-designs/create', label: 'workflows.designs.create' }}
      />
      <QueryState isPending={isPending} error={error} />
      {data ? (
        <Paper variant="outlined">
          <Table size="small" aria-label={translate('workflows.designs.title')}>
            <TableHead>
              <TableRow>
                {['name', 'contentType', 'versions'].map((column) => (
                  <TableCell key={column}>{translate(`workflows.designs.columns.${column}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((workflow) => (
                <TableRow key={workflow.key} hover>
                  <TableCell>
                    <MuiLink component={Link} to={`${basename}/workflow-designs/${encodeURIComponent(workflow.key)}`}>
                      {pick(workflow.name, language)}
                    </MuiLink>
                  </TableCell>
                  <TableCell>
                    {translate(subjectTypeName(workflow.contentType) ?? 'workflows.subjects.other')}
                    {workflow.contentTypeAvailable ? '' : ` (${translate('workflows.designs.typeMissing')})`}
                  </TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                      {[...workflow.versions].reverse().map((version) => (
                        <VersionChip key={version.version} status={version.status} version={version.version} />
                      ))}
                    </Stack>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      ) : null}
    </Box>
  );
};
