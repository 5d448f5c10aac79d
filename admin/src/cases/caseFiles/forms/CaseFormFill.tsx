import { Box, Button } from '@mui/material';
import { useGetOne, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { usePublishedForm } from '../../../forms/api/queries';
import { QueryState } from '../../../forms/common/QueryState';
import { submissionErrors } from '../../../forms/common/submitErrors';
import { allFields } from '../../../forms/model/fieldPaths';
import { FormRenderer } from '../../../forms/renderer/FormRenderer';
import { useCasesApi } from '../../api/useCasesApi';
import { romeToday } from '../../model/intake';
import { intakePrefill } from '../../model/intakePrefill';
import { onlyKnownFields } from './caseFormState';

/**
 * One form of the case filled in place: the published version through the forms engine's renderer, sent as a
 * submission about the case (`subject: { type: 'api::case.case', id }`), prefilled with what the case file knows.
 */
export const CaseFormFill = ({ formKey, onClose }: { formKey: string; onClose: () => void }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const api = useCasesApi();
  const { data: form, isPending, error } = usePublishedForm(formKey);
  const { data: beneficiary } = useGetOne(
    'beneficiaries',
    { id: record?.beneficiary },
    { enabled: typeof record?.beneficiary === 'string' }
  );
  if (!record) return null;
  const caseId = String(record.id);

  const submit = async (data: Record<string, unknown>) => {
    if (!form) return;
    try {
      await api.casesSubmitForm(formKey, caseId, data);
      notify('caseForms.saved', { type: 'success' });
      onClose();
      // The case's forms and its workflow panel (the transition the form unblocks) are read again.
      refresh();
    } catch (failure) {
      notify('caseForms.refused', { type: 'error' });
      return submissionErrors(failure, allFields(form.definition));
    }
  };

  return (
    <Box sx={{ mt: 1, mb: 2, p: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <QueryState isPending={isPending} error={error} />
      {form ? (
        <FormRenderer
          key={beneficiary ? 'with-person' : 'without-person'}
          definition={form.definition}
          cacheKey={form.versionId}
          data={onlyKnownFields(
            intakePrefill(record, beneficiary, romeToday()),
            allFields(form.definition).map((f) => f.key)
          )}
          onSubmit={submit}
          submitLabel={translate('forms.fill.submit')}
          actions={<Button onClick={onClose}>{translate('caseForms.close')}</Button>}
        />
      ) : null}
    </Box>
  );
};
