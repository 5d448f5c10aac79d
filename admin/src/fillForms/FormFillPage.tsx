import { Box, Button, Chip, Stack, Typography } from '@mui/material';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Title, useBasename, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { usePublishedForm, useInvalidateForms } from '../forms/api/queries';
import { useFormsApi } from '../forms/api/useFormsApi';
import { QueryState } from '../forms/common/QueryState';
import { submissionErrors } from '../forms/common/submitErrors';
import { allFields } from '../forms/model/fieldPaths';
import { languageOf, pick } from '../forms/model/localized';
import { FormRenderer } from '../forms/renderer/FormRenderer';

/** Filling a form: its published version, rendered; a valid submission is saved and opened. */
export const FormFillPage = () => {
  const { key = '' } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const basename = useBasename();
  const api = useFormsApi();
  const invalidate = useInvalidateForms();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const { data: form, isPending, error } = usePublishedForm(key);

  const submit = async (data: Record<string, unknown>) => {
    if (!form) return;
    try {
      const saved = await api.formsSubmit(form.key, data);
      await invalidate();
      notify('forms.fill.saved', { type: 'success' });
      navigate(`${basename}/form-submissions/${encodeURIComponent(saved.documentId)}`);
    } catch (failure) {
      notify('forms.fill.refused', { type: 'error' });
      return submissionErrors(failure, allFields(form.definition));
    }
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 900 }}>
      <Title title={form ? pick(form.title, language) : 'forms.fill.title'} />
      <QueryState isPending={isPending} error={error} />
      {form ? (
        <>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
            <Typography variant="h5" component="h1">
              {pick(form.title, language)}
            </Typography>
            <Chip size="small" label={translate('forms.common.version', { n: form.version })} />
          </Stack>
          {form.description ? (
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              {pick(form.description, language)}
            </Typography>
          ) : null}
          <FormRenderer
            definition={form.definition}
            cacheKey={form.versionId}
            onSubmit={submit}
            submitLabel={translate('forms.fill.submit')}
            actions={
              <Button component={Link} to={`${basename}/forms`}>
                {translate('ra.action.cancel')}
              </Button>
            }
          />
        </>
      ) : null}
    </Box>
  );
};
