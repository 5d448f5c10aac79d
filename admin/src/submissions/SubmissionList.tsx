import { useState } from 'react';
import {
  Box,
  Chip,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
  Link as MuiLink,
} from '@mui/material';
import { Link } from 'react-router-dom';
import { Title, useBasename, useLocaleState, useTranslate } from 'react-admin';
import { useFormDefinitions, useSubmissions } from '../forms/api/queries';
import { QueryState } from '../forms/common/QueryState';
import { languageOf, pick } from '../forms/model/localized';
import { formatDateTime } from './formatDateTime';

const CASE = 'api::case.case';

/** Whether any answer of a submission holds `needle` (lower case). */
const answersHold = (data: Record<string, unknown>, needle: string) =>
  JSON.stringify(data).toLocaleLowerCase('it').includes(needle);

/** "Le mie compilazioni": what the user filled (the UdP: everything), newest first; filtered by form, searched, with what each is about. */
export const SubmissionList = () => {
  const translate = useTranslate();
  const basename = useBasename();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const { data, isPending, error } = useSubmissions();
  const { data: forms } = useFormDefinitions();
  const [formFilter, setFormFilter] = useState('');
  const [search, setSearch] = useState('');
  const titleOf = (key: string) => {
    const form = forms?.find((candidate) => candidate.key === key);
    return form ? pick(form.title, language) : translate('forms.submissions.unavailableForm', { key });
  };

  const needle = search.trim().toLocaleLowerCase('it');
  const shown = data?.filter(
    (submission) =>
      (formFilter === '' || submission.form === formFilter) &&
      (needle === '' ||
        titleOf(submission.form).toLocaleLowerCase('it').includes(needle) ||
        (submission.author ?? '').toLowerCase().includes(needle) ||
        answersHold(submission.data, needle))
  );

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="forms.submissions.title" />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {translate('forms.submissions.title')}
      </Typography>
      <QueryState isPending={isPending} error={error} />
      {data && data.length === 0 ? <Typography>{translate('forms.submissions.none')}</Typography> : null}
      {data && data.length > 0 ? (
        <Stack direction="row" spacing={1} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 1 }}>
          <TextField
            select
            size="small"
            label={translate('forms.submissions.form')}
            value={formFilter}
            onChange={(event) => setFormFilter(event.target.value)}
            sx={{ minWidth: 240 }}
          >
            <MenuItem value="">{translate('forms.submissions.allForms')}</MenuItem>
            {[...new Set(data.map((submission) => submission.form))].map((key) => (
              <MenuItem key={key} value={key}>
                {titleOf(key)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            type="search"
            label={translate('forms.submissions.search')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            sx={{ minWidth: 240 }}
          />
        </Stack>
      ) : null}
      {shown && shown.length === 0 && data && data.length > 0 ? (
        <Typography>{translate('forms.submissions.noneMatching')}</Typography>
      ) : null}
      {shown && shown.length > 0 ? (
        <Table size="small" aria-label={translate('forms.submissions.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('forms.submissions.form')}</TableCell>
              <TableCell>{translate('forms.submissions.version')}</TableCell>
              <TableCell>{translate('forms.submissions.createdAt')}</TableCell>
              <TableCell>{translate('forms.submissions.updatedAt')}</TableCell>
              <TableCell>{translate('forms.submissions.author')}</TableCell>
              <TableCell>{translate('forms.submissions.subject')}</TableCell>
              <TableCell>{translate('forms.submissions.state')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((submission) => (
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
                  {submission.subject?.type === CASE ? (
                    <MuiLink component={Link} to={`${basename}/cases/${encodeURIComponent(submission.subject.id)}/show`}>
                      {translate('forms.submissions.aCase')}
                    </MuiLink>
                  ) : submission.subject ? (
                    translate('forms.submissions.aRecord')
                  ) : (
                    translate('forms.submissions.noSubject')
                  )}
                </TableCell>
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
