import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined';
import { useNavigate } from 'react-router-dom';
import { Confirm, useBasename, useNotify, useTranslate } from 'react-admin';
import type { FormSummary } from '../../forms/api/types';
import { useFormsApi } from '../../forms/api/useFormsApi';

/** Duplicate the form as a new one; discard its draft (a form never published goes with it). */
export const FormActions = ({ form, onChanged }: { form: FormSummary; onChanged: () => Promise<unknown> }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const basename = useBasename();
  const api = useFormsApi();
  const [copying, setCopying] = useState(false);
  const [title, setTitle] = useState('');
  const [discarding, setDiscarding] = useState(false);
  const draft = form.versions.find((version) => version.status === 'draft');
  const neverPublished = form.versions.length === 1 && Boolean(draft);
  const t = (key: string, options?: Record<string, unknown>) => translate(`forms.designs.actions.${key}`, options);
  const fail = (error: unknown) =>
    notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });

  const duplicate = async () => {
    try {
      const copy = await api.formsDuplicate(form.key, { it: title.trim() });
      setCopying(false);
      await onChanged();
      notify(t('duplicated'), { type: 'success' });
      navigate(`${basename}/form-designs/${encodeURIComponent(copy.key)}`);
    } catch (error) {
      fail(error);
    }
  };
  const discard = async () => {
    setDiscarding(false);
    try {
      const { deletedForm } = await api.formsDiscardDraft(form.key);
      await onChanged();
      notify(t(deletedForm ? 'deleted' : 'discarded'), { type: 'success' });
      if (deletedForm) navigate(`${basename}/form-designs`);
      else window.location.reload();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Stack direction="row" spacing={1}>
      <Button size="small" startIcon={<ContentCopyIcon />} onClick={() => setCopying(true)}>
        {t('duplicate')}
      </Button>
      {draft ? (
        <Button size="small" color="error" startIcon={<DeleteIcon />} onClick={() => setDiscarding(true)}>
          {t(neverPublished ? 'delete' : 'discard')}
        </Button>
      ) : null}
      <Dialog open={copying} onClose={() => setCopying(false)} aria-labelledby="duplicate-title">
        <DialogTitle id="duplicate-title">{t('duplicateTitle')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            required
            label={t('newTitle')}
            helperText={t('newTitleHelp')}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setCopying(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={title.trim() === ''} onClick={duplicate}>
            {t('duplicate')}
          </Button>
        </DialogActions>
      </Dialog>
      <Confirm
        isOpen={discarding}
        title={`forms.designs.actions.${neverPublished ? 'deleteTitle' : 'discardTitle'}`}
        content={`forms.designs.actions.${neverPublished ? 'deleteContent' : 'discardContent'}`}
        contentTranslateOptions={{ n: draft?.version ?? 1 }}
        confirm={`forms.designs.actions.${neverPublished ? 'delete' : 'discard'}`}
        onConfirm={discard}
        onClose={() => setDiscarding(false)}
      />
    </Stack>
  );
};
