import { Box, Button, Card, CardActions, CardContent, Chip, Stack, Typography } from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { Link } from 'react-router-dom';
import { Title, useBasename, useLocaleState, useTranslate } from 'react-admin';
import { useFormDefinitions } from '../forms/api/queries';
import { QueryState } from '../forms/common/QueryState';
import { languageOf, pick } from '../forms/model/localized';

/** "Moduli": the forms the user may fill (those with a published version), each with a button to fill it. */
export const FillableFormList = () => {
  const translate = useTranslate();
  const basename = useBasename();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const { data, isPending, error } = useFormDefinitions();
  const fillable = (data ?? [])
    .map((form) => ({ form, published: form.versions.find((version) => version.status === 'published') }))
    .filter((entry) => entry.published !== undefined);

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="forms.fill.title" />
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
        <Typography variant="h5" component="h1">
          {translate('forms.fill.title')}
        </Typography>
        <Button component={Link} to={`${basename}/form-submissions`}>
          {translate('forms.submissions.title')}
        </Button>
      </Stack>
      <QueryState isPending={isPending} error={error} />
      {data && fillable.length === 0 ? <Typography>{translate('forms.fill.none')}</Typography> : null}
      <Stack spacing={2}>
        {fillable.map(({ form, published }) => (
          <Card key={form.key} component="article" aria-labelledby={`form-${form.key}`}>
            <CardContent>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Typography id={`form-${form.key}`} variant="h6" component="h2">
                  {pick(form.title, language)}
                </Typography>
                <Chip size="small" label={translate('forms.common.version', { n: published?.version })} />
              </Stack>
              {form.description ? (
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                  {pick(form.description, language)}
                </Typography>
              ) : null}
            </CardContent>
            <CardActions>
              <Button
                component={Link}
                to={`${basename}/forms/${encodeURIComponent(form.key)}/fill`}
                variant="contained"
                startIcon={<EditNoteIcon />}
                aria-label={`${translate('forms.fill.fill')}: ${pick(form.title, language)}`}
              >
                {translate('forms.fill.fill')}
              </Button>
            </CardActions>
          </Card>
        ))}
      </Stack>
    </Box>
  );
};
