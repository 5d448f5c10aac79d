import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { pick, type Language } from '../../forms/model/localized';
import type { WorkflowDefinition, WorkflowSummary } from '../api/types';
import { useWorkflowsApi } from '../api/useWorkflowsApi';
import { migrationRows, movedCount, stateMapOf, type MigrationRow } from '../model/migration';

interface PublishDialogProps {
  open: boolean;
  workflow: WorkflowSummary;
  version: number;
  draft: WorkflowDefinition;
  language: Language;
  onClose: () => void;
  /** Publishes; `states` moves the running instances of older versions, state by state. */
  onPublish: (states?: Record<string, string>) => void;
}

/**
 * "Publish version n?" and, when older versions still have running instances, the UdP's choice of moving
 * them onto the new version: for each old state, the state they go to (or stay), with how many move.
 */
export const PublishDialog = ({ open, workflow, version, draft, language, onClose, onPublish }: PublishDialogProps) => {
  const translate = useTranslate();
  const api = useWorkflowsApi();
  const [rows, setRows] = useState<MigrationRow[] | null>(null);
  const [migrate, setMigrate] = useState(false);
  const [choices, setChoices] = useState<Record<string, string>>({});

  useEffect(() => {
    if (!open) return;
    setRows(null);
    setMigrate(false);
    api.workflowsRunning(workflow.key).then(
      (running) => {
        const found = migrationRows(running, workflow.versions, draft);
        setRows(found);
        setChoices(Object.fromEntries(found.map((row) => [row.state, row.proposed])));
      },
      () => setRows([])
    );
  }, [open, api, workflow, draft]);

  const targets = draft.states.filter((state) => state.kind !== 'final');
  const { moved, staying } = movedCount(rows ?? [], choices);
  const labelOf = (key: string) => pick(draft.states.find((state) => state.key === key)?.label, language);

  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="publish-title">
      <DialogTitle id="publish-title">{translate('workflows.designer.publishTitle', { n: version })}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 2 }}>{translate('workflows.designer.publishContent')}</Typography>
        {rows && rows.length > 0 ? (
          <>
            <FormControlLabel
              control={<Switch checked={migrate} onChange={(event) => setMigrate(event.target.checked)} />}
              label={translate('workflows.migration.switch', { n: rows.reduce((sum, row) => sum + row.count, 0) })}
            />
            {migrate ? (
              <>
                <Table size="small" aria-label={translate('workflows.migration.title')}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('workflows.migration.from')}</TableCell>
                      <TableCell>{translate('workflows.migration.count')}</TableCell>
                      <TableCell>{translate('workflows.migration.to')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {rows.map((row) => (
                      <TableRow key={row.state}>
                        <TableCell>
                          {pick(row.label, language)} ({translate('workflows.migration.versions', { v: row.versions.join(', ') })}
                          )
                        </TableCell>
                        <TableCell>{row.count}</TableCell>
                        <TableCell>
                          <TextField
                            select
                            size="small"
                            label={translate('workflows.migration.to')}
                            value={choices[row.state] ?? ''}
                            onChange={(event) => setChoices({ ...choices, [row.state]: event.target.value })}
                            sx={{ minWidth: 240 }}
                          >
                            <MenuItem value="">{translate('workflows.migration.stay')}</MenuItem>
                            {targets.map((state) => (
                              <MenuItem key={state.key} value={state.key}>
                                {pick(state.label, language)}
                              </MenuItem>
                            ))}
                          </TextField>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
                <Alert severity="info" sx={{ mt: 2 }} role="status">
                  {translate('workflows.migration.preview', { moved, staying })}
                  <ul>
                    {rows
                      .filter((row) => choices[row.state])
                      .map((row) => (
                        <li key={row.state}>
                          {translate('workflows.migration.line', {
                            n: row.count,
                            from: pick(row.label, language),
                            to: labelOf(choices[row.state]),
                          })}
                        </li>
                      ))}
                  </ul>
                </Alert>
              </>
            ) : null}
          </>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          color="success"
          disabled={rows === null}
          onClick={() => onPublish(migrate ? stateMapOf(choices) : undefined)}
        >
          {translate('workflows.designer.publish')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
