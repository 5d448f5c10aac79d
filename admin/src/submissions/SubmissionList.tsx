import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography, Link as MuiLink } from '@mui/material';
import { Link } from 'react-router-dom';
import { Title, useBasename, useLocaleState, useTranslate } from 'react-admin';
import { useFormDefinitions, useSubmissions } from '../forms/api/queries';
import { QueryState } from '../forms/common/QueryState';
import { languageOf, pick } from '../forms/model/localized';
import { formatDateTime } from './formatDateTime';

/** "Le mie compilazioni": what the user filled (the UdP: everything), newest first. */
export const SubmissionList = () => {
  const translate = useTranslate();
  const basename = useBasename();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const { data, isPending, error } = useSubmissions();
  const { data: forms } = useFormDefinitions();
  const titleOf = (key: string) => {
    const form = forms?.find((candidate) => candidate.key === key);
    return form ? pick(form.title, language) : translate('forms.submissions.unavailableForm', { key });
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="forms.submissions.title" />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {translate('forms.submissions.title')}
      </Typography>
      <QueryState isPending={isPending} error={error} />
      {data && data.length === 0 ? <Typography>{translate('forms.submissions.none')}</Typography> : null}
      {data && data.length > 0 ? (
        <Table size="small" aria-label={translate('forms.submissions.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('forms.submissions.form')}</TableCell>
              <TableCell>{translate('forms.submissions.version')}</TableCell>
              <TableCell>{translate('forms.submissions.createdAt')}</TableCell>
              <TableCell>{translate('forms.submissions.updatedAt')}</TableCell>
              <TableCell>{translate('forms.submissions.author')}</TableCell>
              <TableCell>{translate('forms.submissions.state')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((submission) => (
              <TableRow key={submission.documentId} hover>
                <TableCell>
                  <MuiLink component={Link} to={`${basename}/form-submissions/${encodeURIComponent(submission.documentId)}`}>
                    {titleOf(submission.form)}
                  </MuiLink>
                </TableCell>
                <TableCell>{submission.version}</TableCell>
                <TableCell>{formatDateTime(submission.createdAt, language)}</TableCell>
                <TableCell>{formatDateTime(submission.updatedAt, language)}</TableCell>
                <TableCell>{submission.author ?? '—'}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={submission.editable ? 'success' : 'default'}
                    label={translate(submission.editable ? 'forms.submissions.editable' : 'forms.submissions.readOnly')}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </Box>
  );
};
