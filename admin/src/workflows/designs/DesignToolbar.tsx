import { useState } from 'react';
import { Button, Stack, Typography } from '@mui/material';
import PublishIcon from '@mui/icons-material/Publish';
import { Confirm, SaveButton, useNotify, useTranslate } from 'react-admin';
import { useFormContext, useFormState } from 'react-hook-form';
import { useLocaleState } from 'react-admin';
import { languageOf } from '../../forms/model/localized';
import { useWorkflowsApi } from '../api/useWorkflowsApi';
import { describeRefusal } from '../model/errors';
import { placeDefinitionErrors } from '../model/placeErrors';

interface DesignToolbarProps {
  workflowKey: string;
  version: number;
  onSaved: () => Promise<unknown>;
  onGeneral: (problems: string[]) => void;
}

/** Save the draft; publish it once saved (the server checks it again and retires the previous version). */
export const DesignToolbar = ({ workflowKey, version, onSaved, onGeneral }: DesignToolbarProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const api = useWorkflowsApi();
  const [locale] = useLocaleState();
  const { isDirty } = useFormState();
  const { setError } = useFormContext();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const publish = async () => {
    setConfirming(false);
    setBusy(true);
    try {
      await api.workflowsPublish(workflowKey);
      notify('workflows.designer.published', { type: 'success', messageArgs: { n: version } });
      await onSaved();
    } catch (error) {
      const placed = placeDefinitionErrors((error as { body?: { errors?: Record<string, unknown> } }).body?.errors);
      Object.entries(placed.fields).forEach(([field, message]) => setError(field, { type: 'server', message }));
      onGeneral(placed.general);
      notify(describeRefusal(error, languageOf(locale)).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
      <Typography>
        {translate('workflows.designer.editingDraft', { n: version })}
        {isDirty ? ` – ${translate('workflows.designer.unsaved')}` : ''}
      </Typography>
      <SaveButton label="workflows.designer.saveDraft" />
      <Button variant="contained" color="success" startIcon={<PublishIcon />} disabled={busy || isDirty} onClick={() => setConfirming(true)}>
        {translate('workflows.designer.publish')}
      </Button>
      {isDirty ? (
        <Typography variant="caption" color="text.secondary">
          {translate('workflows.designer.saveBeforePublishing')}
        </Typography>
      ) : null}
      <Confirm
        isOpen={confirming}
        title="workflows.designer.publishTitle"
        titleTranslateOptions={{ n: version }}
        content="workflows.designer.publishContent"
        confirm="workflows.designer.publish"
        onConfirm={publish}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
};
