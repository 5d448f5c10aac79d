import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  FormControl,
  InputLabel,
  MenuItem,
  Paper,
  Select,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { useNavigate } from 'react-router-dom';
import {
  Title,
  useBasename,
  useGetList,
  useLocaleState,
  useNotify,
  usePermissions,
  useRequireAccess,
  useTranslate,
} from 'react-admin';
import { languageOf, pick } from '../../forms/model/localized';
import { useInvalidateWorkflows, useWorkflowDefinitions } from '../api/queries';
import { useWorkflowsApi } from '../api/useWorkflowsApi';
import { describeRefusal } from '../model/errors';
import { recordName, resourceOf, sortFieldOf } from '../model/subjects';

/** Starts a published workflow (one this user's role may start) on a record of the type it applies to. */
export const InstanceCreate = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const basename = useBasename();
  const api = useWorkflowsApi();
  const invalidate = useInvalidateWorkflows();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const { permissions: role } = usePermissions<string | null>();
  const { isPending: checking } = useRequireAccess({ action: 'create', resource: 'workflow-instances' });
  const { data: workflows } = useWorkflowDefinitions();
  const [key, setKey] = useState('');
  const [subject, setSubject] = useState('');
  const [error, setError] = useState<string | null>(null);
  const startable = (workflows ?? []).filter((workflow) => {
    const published = workflow.versions.find((version) => version.status === 'published');
    return workflow.contentTypeAvailable && !!published && !!role && published.definition.start.roles.includes(role);
  });
  const chosen = startable.find((workflow) => workflow.key === key);
  const resource = chosen ? resourceOf(chosen.contentType) : null;
  const { data: records } = useGetList(
    resource ?? 'services',
    { pagination: { page: 1, perPage: 100 }, sort: { field: sortFieldOf(resource ?? 'services'), order: 'ASC' } },
    { enabled: !!resource }
  );
  if (checking) return null;

  const start = async () => {
    if (!chosen || !subject) return;
    setError(null);
    try {
      const started = await api.workflowsStart(chosen.key, { type: chosen.contentType, documentId: subject });
      notify('workflows.panel.startDone', { type: 'success' });
      await invalidate();
      navigate(`${basename}/workflow-instances/${encodeURIComponent(started.documentId)}/show`);
    } catch (failure) {
      setError(describeRefusal(failure, language).message);
    }
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 720 }}>
      <Title title="workflows.instances.start" />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {translate('workflows.instances.start')}
      </Typography>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack spacing={2}>
          <FormControl size="small">
            <InputLabel id="start-workflow">{translate('workflows.instances.workflow')}</InputLabel>
            <Select
              labelId="start-workflow"
              label={translate('workflows.instances.workflow')}
              value={key}
              onChange={(event) => {
                setKey(event.target.value);
                setSubject('');
              }}
            >
              {startable.map((workflow) => (
                <MenuItem key={workflow.key} value={workflow.key}>
                  {pick(workflow.name, language)}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          {chosen && resource ? (
            <FormControl size="small">
              <InputLabel id="start-record">{translate('workflows.instances.record')}</InputLabel>
              <Select
                labelId="start-record"
                label={translate('workflows.instances.record')}
                value={subject}
                onChange={(event) => setSubject(event.target.value)}
              >
                {(records ?? []).map((record) => (
                  <MenuItem key={record.id} value={String(record.id)}>
                    {recordName(record, String(record.id))}
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
          ) : null}
          {chosen && !resource ? (
            <TextField
              size="small"
              label={translate('workflows.instances.recordId')}
              value={subject}
              onChange={(event) => setSubject(event.target.value.trim())}
            />
          ) : null}
          {error ? <Alert severity="error">{error}</Alert> : null}
          <Box>
            <Button variant="contained" startIcon={<PlayArrowIcon />} disabled={!chosen || !subject} onClick={start}>
              {translate('workflows.instances.startButton')}
            </Button>
          </Box>
        </Stack>
      </Paper>
    </Box>
  );
};
