import { useState } from 'react';
import { Alert, Button, Stack } from '@mui/material';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { useLocaleState, useNotify, usePermissions, useTranslate } from 'react-admin';
import { languageOf, pick } from '../../forms/model/localized';
import { useInvalidateWorkflows, useWorkflowDefinitions } from '../api/queries';
import { useWorkflowsApi } from '../api/useWorkflowsApi';
import { describeRefusal } from '../model/errors';

interface StartWorkflowProps {
  subjectType: string;
  documentId: string;
  /** Keys of the workflows already running on the record. */
  running: string[];
  /** When given, only these workflows are offered. */
  only?: string[];
  onStarted?: (instanceId: string) => void;
}

/** Buttons to start, on this record, the published workflows of its type that this user's role may start. */
export const StartWorkflow = ({ subjectType, documentId, running, only, onStarted }: StartWorkflowProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const api = useWorkflowsApi();
  const invalidate = useInvalidateWorkflows();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const { permissions: role } = usePermissions<string | null>();
  const { data: workflows } = useWorkflowDefinitions();
  const [error, setError] = useState<string | null>(null);
  const startable = (workflows ?? []).filter((workflow) => {
    const published = workflow.versions.find((version) => version.status === 'published');
    return (
      workflow.contentType === subjectType &&
      (!only || only.includes(workflow.key)) &&
      published &&
      !running.includes(workflow.key) &&
      !!role &&
      published.definition.start.roles.includes(role)
    );
  });
  if (startable.length === 0) return null;

  const start = async (key: string) => {
    setError(null);
    try {
      const started = await api.workflowsStart(key, { type: subjectType, documentId });
      notify('workflows.panel.startDone', { type: 'success' });
      await invalidate();
      onStarted?.(started.documentId);
    } catch (failure) {
      setError(describeRefusal(failure, language).message);
    }
  };

  return (
    <>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
        {startable.map((workflow) => (
          <Button key={workflow.key} variant="outlined" startIcon={<PlayArrowIcon />} onClick={() => start(workflow.key)}>
            {translate('workflows.panel.start', { name: pick(workflow.name, language) })}
          </Button>
        ))}
      </Stack>
      {error ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error}
        </Alert>
      ) : null}
    </>
  );
};
