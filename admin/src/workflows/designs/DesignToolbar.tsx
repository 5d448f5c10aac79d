import { useState } from 'react';
import { Button, Stack, Typography } from '@mui/material';
import PublishIcon from '@mui/icons-material/Publish';
import { SaveButton, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useFormContext, useFormState } from 'react-hook-form';
import { languageOf } from '../../forms/model/localized';
import type { WorkflowSummary, WorkflowVersion } from '../api/types';
import { useWorkflowsApi } from '../api/useWorkflowsApi';
import { describeRefusal } from '../model/errors';
import type { DesignValues } from '../model/formValues';
import { placeDefinitionErrors } from '../model/placeErrors';
import { PublishDialog } from './PublishDialog';

interface DesignToolbarProps {
  workflow: WorkflowSummary;
  draft: WorkflowVersion;
  onSaved: () => Promise<unknown>;
  onGeneral: (problems: string[]) => void;
}

/**
 * Save the draft; publish it once saved (the server checks it again and retires the previous version),
 * moving the running instances of older versions when the UdP chooses to.
 */
export const DesignToolbar = ({ workflow, draft, onSaved, onGeneral }: DesignToolbarProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const api = useWorkflowsApi();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const { isDirty } = useFormState();
  const { setError, getValues } = useFormContext<DesignValues>();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const publish = async (states?: Record<string, string>) => {
    setConfirming(false);
    setBusy(true);
    try {
      const published = await api.workflowsPublish(workflow.key, states);
      notify(published.migrated ? 'workflows.migration.published' : 'workflows.designer.published', {
        type: 'success',
        messageArgs: { n: draft.version, moved: published.migrated ?? 0 },
      });
      await onSaved();
    } catch (error) {
      const placed = placeDefinitionErrors(
        (error as { body?: { errors?: Record<string, unknown> } }).body?.errors,
        getValues(),
        language
      );
      Object.entries(placed.fields).forEach(([field, message]) => setError(field as never, { type: 'server', message }));
      onGeneral(placed.general);
      notify(describeRefusal(error, language).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
      <Typography>
        {translate('workflows.designer.editingDraft', { n: draft.version })}
        {isDirty ? ` – ${translate('workflows.designer.unsaved')}` : ''}
      </Typography>
      <SaveButton label="workflows.designer.saveDraft" />
      <Button
        variant="contained"
        color="success"
        startIcon={<PublishIcon />}
        disabled={busy || isDirty}
        onClick={() => setConfirming(true)}
      >
        {translate('workflows.designer.publish')}
      </Button>
      {isDirty ? (
        <Typography variant="caption" color="text.secondary">
          {translate('workflows.designer.saveBeforePublishing')}
        </Typography>
      ) : null}
      <PublishDialog
        open={confirming}
        workflow={workflow}
        version={draft.version}
        draft={draft.definition}
        language={language}
        onClose={() => setConfirming(false)}
        onPublish={publish}
      />
    </Stack>
  );
};
