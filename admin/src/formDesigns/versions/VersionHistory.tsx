import { useState } from 'react';
import {
  Button,
  Chip,
  Dialog,
  DialogContent,
  DialogTitle,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Confirm, useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { FormSummary, FormVersion } from '../../forms/api/types';
import { useFormsApi } from '../../forms/api/useFormsApi';
import { languageOf } from '../../forms/model/localized';
import { FormRenderer } from '../../forms/renderer/FormRenderer';
import { formatDateTime } from '../../submissions/formatDateTime';
import { DiffView } from './DiffView';

const STATUS_COLOR = { draft: 'warning', published: 'success', retired: 'default' } as const;

/** Every version of a form: its state, when it was published or retired, its note; preview, retire, compare. */
export const VersionHistory = ({ form, onChanged }: { form: FormSummary; onChanged: () => Promise<unknown> }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const api = useFormsApi();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const [previewing, setPreviewing] = useState<FormVersion | null>(null);
  const [retiring, setRetiring] = useState<FormVersion | null>(null);
  const versions = [...form.versions].sort((a, b) => b.version - a.version);

  const retire = async () => {
    if (!retiring) return;
    const version = retiring.version;
    setRetiring(null);
    try {
      await api.formsRetire(form.key, version);
      await onChanged();
      notify('forms.versions.retired', { type: 'success', messageArgs: { n: version } });
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    }
  };

  return (
    <>
      <Paper variant="outlined" sx={{ mb: 2 }}>
        <Table size="small" aria-label={translate('forms.versions.title')}>
          <TableHead>
            <TableRow>
              {['version', 'status', 'publishedOn', 'changeNote', 'supersededBy', 'retiredOn', 'actions'].map((column) => (
                <TableCell key={column}>{translate(`forms.versions.columns.${column}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {versions.map((version) => (
              <TableRow key={version.version}>
                <TableCell>{version.version}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={STATUS_COLOR[version.status]}
                    label={translate(`forms.versionStatus.${version.status}`)}
                  />
                </TableCell>
                <TableCell>{formatDateTime(version.publishedOn, language)}</TableCell>
                <TableCell>{version.changeNote || '—'}</TableCell>
                <TableCell>{version.supersededBy ?? '—'}</TableCell>
                <TableCell>{formatDateTime(version.retiredOn, language)}</TableCell>
                <TableCell>
                  <Button size="small" onClick={() => setPreviewing(version)}>
                    {translate('forms.versions.preview')}
                  </Button>
                  {version.status === 'published' ? (
                    <Button size="small" color="error" onClick={() => setRetiring(version)}>
                      {translate('forms.versions.retire')}
                    </Button>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('forms.versions.compare')}
      </Typography>
      <DiffView form={form} />
      <Dialog open={previewing !== null} onClose={() => setPreviewing(null)} maxWidth="md" fullWidth>
        <DialogTitle>{translate('forms.versions.previewTitle', { n: previewing?.version })}</DialogTitle>
        <DialogContent>{previewing ? <FormRenderer definition={previewing.definition} readOnly /> : null}</DialogContent>
      </Dialog>
      <Confirm
        isOpen={retiring !== null}
        title="forms.versions.retireTitle"
        titleTranslateOptions={{ n: retiring?.version }}
        content="forms.versions.retireContent"
        confirm="forms.versions.retire"
        onConfirm={retire}
        onClose={() => setRetiring(null)}
      />
    </>
  );
};
