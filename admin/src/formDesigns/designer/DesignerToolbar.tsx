import { useState } from 'react';
import { Alert, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import PublishIcon from '@mui/icons-material/Publish';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import type { FormSummary } from '../../forms/api/types';
import { useFormsApi } from '../../forms/api/useFormsApi';
import { useDesigner, type DesignIssue } from './DesignerContext';
import { IssueList } from './IssueList';

interface DesignerToolbarProps {
  form: FormSummary;
  /** Reloads the form after a save or a publication. */
  onSaved: () => Promise<unknown>;
}

/** The server's problems with a refused draft (`details.errors`, keyed `definition.sections.0…`), with their paths. */
function serverIssues(error: unknown): DesignIssue[] {
  const errors = (error as { body?: { errors?: Record<string, unknown> } } | null)?.body?.errors ?? {};
  return Object.entries(errors)
    .filter(([path]) => path !== 'root')
    .map(([path, text]) => ({ path, text: typeof text === 'string' ? text : JSON.stringify(text) }));
}

/** Save the draft (with a change note), publish it: what the next version will be, and what the server said. */
export const DesignerToolbar = ({ form, onSaved }: DesignerToolbarProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const api = useFormsApi();
  const { definition, dirty, issues, markSaved, serverIssues: refused, setServerIssues: setRefused } = useDesigner();
  const draft = form.versions.find((version) => version.status === 'draft');
  const next = draft?.version ?? Math.max(0, ...form.versions.map((version) => version.version)) + 1;
  const [note, setNote] = useState(draft?.changeNote ?? '');
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const save = async (): Promise<boolean> => {
    try {
      await api.formsSaveDraft(form.key, definition, note.trim() || undefined);
      markSaved(definition);
      setRefused([]);
      await onSaved();
      notify('forms.designer.saved', { type: 'success', messageArgs: { n: next } });
      return true;
    } catch (error) {
      const issues = serverIssues(error);
      setRefused(issues);
      if (issues.length > 0) notify('forms.designer.refusedNotice', { type: 'error' });
      else notify(error instanceof Error ? error.message : String(error), { type: 'error' });
      return false;
    }
  };

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  const publish = () =>
    run(async () => {
      setConfirming(false);
      if (dirty && !(await save())) return;
      try {
        const published = await api.formsPublish(form.key);
        await onSaved();
        notify('forms.designer.published', { type: 'success', messageArgs: { n: published.version } });
      } catch (error) {
        notify(error instanceof Error ? error.message : String(error), { type: 'error' });
      }
    });

  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <Typography sx={{ flexShrink: 0 }}>
          {translate(draft ? 'forms.designer.editingDraft' : 'forms.designer.editingNew', { n: next })}
          {dirty ? ` – ${translate('forms.designer.unsaved')}` : ''}
        </Typography>
        <TextField
          size="small"
          label={translate('forms.designer.changeNote')}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          sx={{ flexGrow: 1, minWidth: 200 }}
        />
        <Button
          variant="outlined"
          startIcon={<SaveIcon />}
          sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}
          disabled={busy || (!dirty && note === (draft?.changeNote ?? ''))}
          onClick={() => run(save)}
        >
          {translate('forms.designer.saveDraft')}
        </Button>
        <Button
          variant="contained"
          startIcon={<PublishIcon />}
          sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}
          disabled={busy || issues.length > 0 || (!draft && !dirty)}
          onClick={() => setConfirming(true)}
        >
          {translate('forms.designer.publish')}
        </Button>
      </Stack>
      {issues.length > 0 ? (
        <Alert severity="info" sx={{ mt: 1 }}>
          {translate('forms.designer.fixBeforePublishing')}
        </Alert>
      ) : null}
      <IssueList issues={refused} title="forms.designer.refusedTitle" severity="error" />
      <Confirm
        isOpen={confirming}
        title="forms.designer.publishTitle"
        titleTranslateOptions={{ n: next }}
        content="forms.designer.publishContent"
        contentTranslateOptions={{ n: next }}
        confirm="forms.designer.publish"
        onConfirm={publish}
        onClose={() => setConfirming(false)}
      />
    </Paper>
  );
};
