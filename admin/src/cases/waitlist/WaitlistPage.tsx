import { formatRomeDate } from '../../common/romeTime';
import { useQuery } from '@tanstack/react-query';
import { Alert, Box, Chip, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Loading, Title, useBasename, useTranslate } from 'react-admin';
import { useFormatLocale } from '../../common/LocaleFields';
import { useCasesApi } from '../api/useCasesApi';

/**
 * The district's housing waitlist, in the server's order (score, then date of the report). People are
 * named only to the operator owning their case file; everyone else sees a pseudonym.
 */
export const WaitlistPage = () => {
  const translate = useTranslate();
  const basename = useBasename();
  const locale = useFormatLocale();
  const api = useCasesApi();
  const { data, isPending, error } = useQuery({ queryKey: ['cases', 'waitlist'], queryFn: () => api.casesWaitlist() });

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="cases.waitlist.title" />
      <Typography variant="h5" component="h1">
        {translate('cases.waitlist.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {translate('cases.waitlist.intro')}
      </Typography>
      {isPending ? <Loading /> : null}
      {error ? (
        <Alert severity="error">{error instanceof Error ? translate(error.message, { _: error.message }) : String(error)}</Alert>
      ) : null}
      {data && data.length === 0 ? <Typography>{translate('cases.waitlist.empty')}</Typography> : null}
      {data && data.length > 0 ? (
        <Paper>
          <Table size="small" aria-label={translate('cases.waitlist.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('cases.waitlist.position')}</TableCell>
                <TableCell>{translate('cases.waitlist.person')}</TableCell>
                <TableCell>{translate('cases.waitlist.municipality')}</TableCell>
                <TableCell align="right">{translate('cases.waitlist.score')}</TableCell>
                <TableCell>{translate('cases.waitlist.reportedAt')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((row) => (
                <TableRow key={`${row.position}-${row.case}`}>
                  <TableCell>{row.position}</TableCell>
                  <TableCell>
                    {row.pseudonymised ? (
                      <Chip
                        size="small"
                        variant="outlined"
                        label={row.displayName}
                        title={translate('cases.waitlist.pseudonymised')}
                      />
                    ) : (
                      <Link to={`${basename}/cases/${encodeURIComponent(row.case)}/show`}>{row.displayName}</Link>
                    )}
                  </TableCell>
                  <TableCell>{row.municipality?.name ?? '—'}</TableCell>
                  <TableCell align="right">{row.score === null ? '—' : row.score.toLocaleString(locale)}</TableCell>
                  <TableCell>
                    {row.reportedAt ? formatRomeDate(row.reportedAt, locale.startsWith('en') ? 'en' : 'it') : '—'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      ) : null}
    </Box>
  );
};
