import { useState } from 'react';
import { Box, Button, Paper, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Confirm, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { languageOf } from '../../forms/model/localized';
import type { WorkflowSummary, WorkflowVersion } from '../api/types';
import { useWorkflowsApi } from '../api/useWorkflowsApi';
import { formatMoment } from '../model/dates';
import { describeRefusal } from '../model/errors';
import { LazyDiagram } from './diagram/LazyDiagram';
import { VersionChip } from './statusChip';

/** Every version with who published it and when; the published one can be retired; any can be drawn. */
export const VersionHistory = ({ workflow, onChanged }: { workflow: WorkflowSummary; onChanged: () => Promise<unknown> }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const api = useWorkflowsApi();
  const [locale] = useLocaleState();
  const [shown, setShown] = useState<WorkflowVersion | null>(null);
  const [retiring, setRetiring] = useState<number | null>(null);

  const retire = async () => {
    const version = retiring as number;
    setRetiring(null);
    try {
      await api.workflowsRetire(workflow.key, version);
      notify('workflows.versions.retired', { type: 'success', messageArgs: { n: version } });
      await onChanged();
    } catch (error) {
      notify(describeRefusal(error, languageOf(locale)).message, { type: 'error' });
    }
  };

  return (
    <Box>
      <Paper variant="outlined" sx={{ mb: 2 }}>
        <Table size="small" aria-label={translate('workflows.versions.title')}>
          <TableHead>
            <TableRow>
              {['version', 'published', 'retired', 'note', 'actions'].map((column) => (
                <TableCell key={column}>{translate(`workflows.versions.columns.${column}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {[...workflow.versions].reverse().map((version) => (
              <TableRow key={version.version}>
                <TableCell>
                  <VersionChip status={version.status} version={version.version} />
                </TableCell>
                <TableCell>
                  {version.publishedOn ? `${formatMoment(version.publishedOn, locale)} · ${version.publishedBy ?? ''}` : '—'}
                </TableCell>
                <TableCell>{version.retiredOn ? formatMoment(version.retiredOn, locale) : '—'}</TableCell>
                <TableCell>{version.changeNote ?? ''}</TableCell>
                <TableCell>
                  <Button size="small" onClick={() => setShown(shown?.version === version.version ? null : version)}>
                    {translate('workflows.versions.show')}
                  </Button>
                  {version.status === 'published' ? (
                    <Button size="small" color="error" onClick={() => setRetiring(version.version)}>
                      {translate('workflows.versions.retire')}
                    </Button>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
      {shown ? <LazyDiagram states={shown.definition.states} transitions={shown.definition.transitions} /> : null}
      <Confirm
        isOpen={retiring !== null}
        title="workflows.versions.retireTitle"
        titleTranslateOptions={{ n: retiring ?? '' }}
        content="workflows.versions.retireContent"
        onConfirm={retire}
        onClose={() => setRetiring(null)}
      />
    </Box>
  );
};
