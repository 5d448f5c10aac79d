import { Box, Chip, Link as MuiLink, Paper, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link } from 'react-router-dom';
import { Title, useBasename, useLocaleState, useRequireAccess, useTranslate } from 'react-admin';
import { useFormDefinitions } from '../forms/api/queries';
import type { FormSummary } from '../forms/api/types';
import { QueryState } from '../forms/common/QueryState';
import { languageOf, pick } from '../forms/model/localized';
import { PageHeading } from '../common/PageHeading';

const versionOf = (form: FormSummary, status: string) => form.versions.find((version) => version.status === status)?.version;

/** The UdP's forms: who fills each, the published version and the draft, how many versions. */
export const FormDesignList = () => {
  const translate = useTranslate();
  const basename = useBasename();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const { isPending: checking } = useRequireAccess({ action: 'list', resource: 'form-designs' });
  const { data, isPending, error } = useFormDefinitions();
  if (checking) return null;

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="forms.designs.title" />
      <PageHeading title="forms.designs.title" create={{ path: 'form-designs/create', label: 'forms.designs.create' }} />
      <QueryState isPending={isPending} error={error} />
      {data ? (
        <Paper variant="outlined">
          <Table size="small" aria-label={translate('forms.designs.title')}>
            <TableHead>
              <TableRow>
                {['title', 'key', 'roles', 'published', 'draft', 'versions'].map((column) => (
                  <TableCell key={column}>{translate(`forms.designs.columns.${column}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((form) => (
                <TableRow key={form.key} hover>
                  <TableCell>
                    <MuiLink component={Link} to={`${basename}/form-designs/${encodeURIComponent(form.key)}`}>
                      {pick(form.title, language)}
                    </MuiLink>
                  </TableCell>
                  <TableCell>
                    <code>{form.key}</code>
                  </TableCell>
                  <TableCell>
                    {form.roles.map((role) => (
                      <Chip key={role} size="small" label={translate(`roles.${role}`)} sx={{ mr: 0.5, mb: 0.5 }} />
                    ))}
                  </TableCell>
                  <TableCell>{versionOf(form, 'published') ?? '—'}</TableCell>
                  <TableCell>{versionOf(form, 'draft') ?? '—'}</TableCell>
                  <TableCell>{form.versions.length}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      ) : null}
    </Box>
  );
};
