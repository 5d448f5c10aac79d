import { useEffect, useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { WorkflowSummary } from '../api/types';
import { keyFromLabel } from '../model/keys';

interface RenameDialogProps {
  open: boolean;
  workflow: WorkflowSummary;
  /** Field → message from the server's last refusal. */
  errors: Record<string, string>;
  onClose: () => void;
  onRename: (data: { key?: string; name: { it: string; en: string } }) => void;
}

/**
 * Renames a workflow. Until its first publication its code follows the new Italian name (nothing can name
 * it yet); afterwards the code stays, the names change.
 */
export const RenameDialog = ({ open, workflow, errors, onClose, onRename }: RenameDialogProps) => {
  const translate = useTranslate();
  const [it, setIt] = useState(workflow.name.it);
  const [en, setEn] = useState(workflow.name.en);
  const neverPublished = workflow.versions.every((version) => version.status === 'draft');
  useEffect(() => {
    if (open) {
      setIt(workflow.name.it);
      setEn(workflow.name.en);
    }
  }, [open, workflow]);

  const submit = () => {
    const name = { it: it.trim(), en: en.trim() || it.trim() };
    const key = neverPublished ? keyFromLabel(name.it, [], 'flusso') : undefined;
    onRename(key && key !== workflow.key ? { key, name } : { name });
  };

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="rename-title" fullWidth maxWidth="sm">
      <DialogTitle id="rename-title">{translate('workflows.rename.title')}</DialogTitle>
      <DialogContent>
        <TextField
          label={translate('workflows.designs.nameIt')}
          value={it}
          onChange={(event) => setIt(event.target.value)}
          fullWidth
          margin="dense"
          error={Boolean(errors['name.it'] || errors.key)}
          helperText={
            errors['name.it'] ||
            errors.key ||
            translate(neverPublished ? 'workflows.rename.codeFollows' : 'workflows.rename.codeStays')
          }
        />
        <TextField
          label={translate('workflows.designs.nameEn')}
          value={en}
          onChange={(event) => setEn(event.target.value)}
          fullWidth
          margin="dense"
          error={Boolean(errors['name.en'])}
          helperText={errors['name.en'] || translate('workflows.designer.englishOptional')}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={!it.trim()} onClick={submit}>
          {translate('workflows.rename.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
