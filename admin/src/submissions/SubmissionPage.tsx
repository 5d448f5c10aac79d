import { Alert, Box, Button, Chip, Stack, Typography } from '@mui/material';
import { Link, useParams } from 'react-router-dom';
import { Title, useBasename, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useFormDefinitions, useInvalidateForms, useSubmission } from '../forms/api/queries';
import { useFormsApi } from '../forms/api/useFormsApi';
import { QueryState } from '../forms/common/QueryState';
import { submissionErrors } from '../forms/common/submitErrors';
import { allFields } from '../forms/model/fieldPaths';
import { languageOf, pick } from '../forms/model/localized';
import { FormRenderer } from '../forms/renderer/FormRenderer';
import { formatDateTime } from './formatDateTime';

/** How the version of a submission stands: still in use, replaced by a newer one (still editable), or retired. */
const versionState = (submission: { versionStatus: string; editable: boolean }) =>
  submission.versionStatus === 'published' ? 'current' : submission.editable ? 'superseded' : 'retired';

/**
 * One submission, under the version of the form it was filled with (its own definition, whatever was
 * published since): editable while that version accepts changes, read-only otherwise.
 */
export const SubmissionPage = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const basename = useBasename();
  const api = useFormsApi();
  const invalidate = useInvalidateForms();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const { data: submission, isPending, error } = useSubmission(id);
  const { data: forms } = useFormDefinitions();
  const form = forms?.find((candidate) => candidate.key === submission?.form);
  const title = form
    ? pick(form.title, language)
    : submission
      ? translate('forms.submissions.unavailableForm', { key: submission.form })
      : '';

  const save = async (data: Record<string, unknown>) => {
    if (!submission) return;
    try {
      await api.formsUpdateSubmission(submission.documentId, data);
      await invalidate();
      notify('forms.submissions.saved', { type: 'success' });
    } catch (failure) {
      notify('forms.fill.refused', { type: 'error' });
      return submissionErrors(failure, allFields(submission.definition));
    }
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 900 }}>
      <Title title={title || 'forms.submissions.title'} />
      <QueryState isPending={isPending} error={error} />
      {submission ? (
        <>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
            <Typography variant="h5" component="h1">
              {title}
            </Typography>
            <Chip
              size="small"
              color="primary"
              variant="outlined"
              label={translate('forms.common.version', { n: submission.version })}
            />
            <Chip size="small" label={translate(`forms.submissions.versionState.${versionState(submission)}`)} />
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('forms.submissions.meta', {
              author: submission.author ?? '—',
              created: formatDateTime(submission.createdAt, language),
              updated: formatDateTime(submission.updatedAt, language),
            })}
          </Typography>
          {submission.versionStatus !== 'published' ? (
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate(submission.editable ? 'forms.submissions.olderVersion' : 'forms.submissions.retiredVersion', {
                n: submission.version,
              })}
            </Alert>
          ) : null}
          <FormRenderer
            key={submission.updatedAt}
            definition={submission.definition}
            cacheKey={`${submission.form}@${submission.version}`}
            data={submission.data}
            readOnly={!submission.editable}
            onSubmit={submission.editable ? save : undefined}
            submitLabel={translate('ra.action.save')}
            actions={
              <Button component={Link} to={`${basename}/form-submissions`}>
                {translate('forms.submissions.backToList')}
              </Button>
            }
          />
        </>
      ) : null}
    </Box>
  );
};
