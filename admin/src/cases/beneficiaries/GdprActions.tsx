import { formatRomeDateTime } from '../../common/romeTime';
import { useState } from 'react';
import { Alert, Button, Stack } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import PdfIcon from '@mui/icons-material/PictureAsPdf';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import { Confirm, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useFormatLocale } from '../../common/LocaleFields';
import { Section } from '../../common/Section';
import { useCasesApi } from '../api/useCasesApi';
import { beneficiaryName } from '../common/BeneficiaryName';
import { saveBlob } from '../common/download';
import { useCasesAction } from '../common/useRole';

/** GDPR rights of the beneficiary on the page: export (art. 15, JSON and PDF) and anonymisation (art. 17). */
export const GdprActions = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const api = useCasesApi();
  const formatLocale = useFormatLocale();
  const mayExport = useCasesAction('gdpr-export', 'beneficiaries');
  const mayAnonymise = useCasesAction('anonymise', 'beneficiaries');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record || (!mayExport && !mayAnonymise)) return null;
  const id = String(record.id);

  const exportAs = async (format: 'json' | 'pdf') => {
    setBusy(true);
    try {
      saveBlob(await api.casesExport(id, format), `beneficiario-${id}.${format}`);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const anonymise = async () => {
    setBusy(true);
    try {
      await api.casesAnonymise(id);
      notify('cases.gdpr.anonymised', { type: 'success' });
      setConfirming(false);
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title="cases.gdpr.title">
      {record.anonymisedAt ? (
        <Alert severity="info" sx={{ mb: 1 }}>
          {translate('cases.gdpr.anonymisedAt', {
            date: formatRomeDateTime(String(record.anonymisedAt), formatLocale === 'en-GB' ? 'en' : 'it'),
          })}
        </Alert>
      ) : null}
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
        {mayExport ? (
          <>
            <Button variant="outlined" startIcon={<DownloadIcon />} disabled={busy} onClick={() => exportAs('json')}>
              {translate('cases.gdpr.exportJson')}
            </Button>
            <Button variant="outlined" startIcon={<PdfIcon />} disabled={busy} onClick={() => exportAs('pdf')}>
              {translate('cases.gdpr.exportPdf')}
            </Button>
          </>
        ) : null}
        {mayAnonymise && !record.anonymisedAt ? (
          <Button
            color="error"
            variant="outlined"
            startIcon={<PersonOffIcon />}
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {translate('cases.gdpr.anonymise')}
          </Button>
        ) : null}
      </Stack>
      <Confirm
        isOpen={confirming}
        loading={busy}
        title={translate('cases.gdpr.anonymiseTitle', { name: beneficiaryName(record) })}
        content="cases.gdpr.anonymiseContent"
        confirm="cases.gdpr.anonymise"
        confirmColor="warning"
        onConfirm={anonymise}
        onClose={() => setConfirming(false)}
      />
    </Section>
  );
};
