import { Box, Button, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Loading, Title, useBasename, useGetOne, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { usePublishedForm } from '../../forms/api/queries';
import { QueryState } from '../../forms/common/QueryState';
import { submissionErrors } from '../../forms/common/submitErrors';
import { allFields } from '../../forms/model/fieldPaths';
import { languageOf, pick } from '../../forms/model/localized';
import { FormRenderer } from '../../forms/renderer/FormRenderer';
import { useCasesApi } from '../api/useCasesApi';
import { romeToday } from '../model/intake';
import { intakePrefill } from '../model/intakePrefill';

/** The forms engine's demo intake record of the segretariato sociale. */
export const INTAKE_FORM = 'segretariato-intake';

/** Fills the segretariato's intake record about a case (the submission's subject is the case). */
export const CaseIntakeFormPage = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const basename = useBasename();
  const api = useCasesApi();
  const queryClient = useQueryClient();
  const [locale] = useLocaleState();
  const { data: caseRecord, isPending: casePending, error: caseError } = useGetOne('cases', { id });
  const { data: beneficiary } = useGetOne('beneficiaries', { id: caseRecord?.beneficiary }, { enabled: !!caseRecord?.beneficiary });
  const { data: form, isPending, error } = usePublishedForm(INTAKE_FORM);
  const caseUrl = `${basename}/cases/${encodeURIComponent(id)}/show`;

  const submit = async (data: Record<string, unknown>) => {
    if (!form) return;
    try {
      await api.casesSubmitForm(INTAKE_FORM, id, data);
      await queryClient.invalidateQueries({ queryKey: ['cases', 'submissions', id] });
      notify('cases.intakeForm.saved', { type: 'success' });
      navigate(`${caseUrl}/timeline`);
    } catch (failure) {
      notify('cases.intakeForm.refused', { type: 'error' });
      return submissionErrors(failure, allFields(form.definition));
    }
  };

  if (casePending) return <Loading />;
  return (
    <Box sx={{ mt: 2, maxWidth: 900 }}>
      <Title title={translate('cases.intakeForm.title', { code: caseRecord?.code ?? '' })} />
      <QueryState isPending={isPending} error={error ?? caseError} />
      {form && caseRecord ? (
        <>
          <Typography variant="h5" component="h1">
            {translate('cases.intakeForm.title', { code: caseRecord.code ?? '' })}
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {pick(form.title, languageOf(locale))}
          </Typography>
          <FormRenderer
            key={beneficiary ? 'with-person' : 'without-person'}
            definition={form.definition}
            cacheKey={form.versionId}
            data={intakePrefill(caseRecord, beneficiary, romeToday())}
            onSubmit={submit}
            submitLabel={translate('forms.fill.submit')}
            actions={
              <Button component={Link} to={caseUrl}>
                {translate('ra.action.cancel')}
              </Button>
            }
          />
        </>
      ) : null}
    </Box>
  );
};
