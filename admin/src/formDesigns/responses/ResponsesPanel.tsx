import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Link as MuiLink,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useBasename, useGetList, useNotify, useTranslate } from 'react-admin';
import type { FormSummary, ResponseFilters } from '../../forms/api/types';
import { useFormsApi } from '../../forms/api/useFormsApi';
import { QueryState } from '../../forms/common/QueryState';
import { pick, type Language } from '../../forms/model/localized';
import { saveFile } from '../../observatory/api/download';
import { formatDateTime } from '../../submissions/formatDateTime';

const CASE = 'api::case.case';

/**
 * A form's responses as data: filters (version, dates, comune, record), search, one column per field,
 * CSV/XLSX made by the server with the same filters and the same access as reads.
 */
export const ResponsesPanel = ({ form, language }: { form: FormSummary; language: Language }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const basename = useBasename();
  const api = useFormsApi();
  const [filters, setFilters] = useState<ResponseFilters>({});
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(25);
  const { data: comuni } = useGetList('municipalities', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  const { data, isPending, error } = useQuery({
    queryKey: ['forms', 'responses', form.key, filters, page, pageSize],
    queryFn: () => api.formsResponses(form.key, filters, page + 1, pageSize),
  });
  const set = (name: keyof ResponseFilters, value: string | number | undefined) => {
    setPage(0);
    setFilters((current) => ({ ...current, [name]: value === '' ? undefined : value }));
  };
  const download = async (format: 'csv' | 'xlsx') => {
    try {
      saveFile(await api.formsResponsesFile(form.key, format, filters));
    } catch (failure) {
      notify(failure instanceof Error ? failure.message : 'ra.notification.http_error', { type: 'error' });
    }
  };
  const t = (key: string, options?: Record<string, unknown>) => translate(`forms.responses.${key}`, options);

  return (
    <Box component="section" aria-labelledby="responses-heading">
      <Typography id="responses-heading" variant="h6" component="h2" sx={{ mb: 2 }}>
        {t('title')}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1, mb: 2 }}>
        <TextField
          select
          size="small"
          label={t('version')}
          value={filters.version ?? ''}
          onChange={(event) => set('version', event.target.value === '' ? undefined : Number(event.target.value))}
          sx={{ minWidth: 140 }}
        >
          <MenuItem value="">{t('allVersions')}</MenuItem>
          {form.versions
            .filter((version) => version.status !== 'draft')
            .map((version) => (
              <MenuItem key={version.version} value={version.version}>
                {translate('forms.common.version', { n: version.version })}
              </MenuItem>
            ))}
        </TextField>
        <TextField
          size="small"
          type="date"
          label={t('from')}
          value={filters.from ?? ''}
          onChange={(event) => set('from', event.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          size="small"
          type="date"
          label={t('to')}
          value={filters.to ?? ''}
          onChange={(event) => set('to', event.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          select
          size="small"
          label={t('comune')}
          value={filters.comune ?? ''}
          onChange={(event) => set('comune', event.target.value)}
          sx={{ minWidth: 180 }}
        >
          <MenuItem value="">{t('allComuni')}</MenuItem>
          {(comuni ?? []).map((comune) => (
            <MenuItem key={comune.id} value={String(comune.id)}>
              {String(comune.name)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          type="search"
          label={t('search')}
          value={filters.q ?? ''}
          onChange={(event) => set('q', event.target.value)}
          sx={{ minWidth: 220 }}
        />
        {filters.subject ? (
          <Button size="small" onClick={() => set('subject', undefined)}>
            {t('allSubjects')}
          </Button>
        ) : null}
        <Box sx={{ flexGrow: 1 }} />
        {(['csv', 'xlsx'] as const).map((format) => (
          <Button key={format} size="small" variant="outlined" startIcon={<DownloadIcon />} onClick={() => download(format)}>
            {t(`export.${format}`)}
          </Button>
        ))}
      </Stack>
      <QueryState isPending={isPending} error={error} />
      {data?.truncated ? (
        <Alert severity="info" sx={{ mb: 1 }}>
          {t('truncated')}
        </Alert>
      ) : null}
      {data && data.rows.length === 0 ? <Typography>{t('none')}</Typography> : null}
      {data && data.rows.length > 0 ? (
        <>
          <TableContainer sx={{ maxWidth: '100%', overflowX: 'auto' }}>
            <Table size="small" aria-label={t('title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('createdAt')}</TableCell>
                  <TableCell>{t('version')}</TableCell>
                  <TableCell>{t('author')}</TableCell>
                  <TableCell>{t('comune')}</TableCell>
                  <TableCell>{t('subject')}</TableCell>
                  {data.columns.map((column) => (
                    <TableCell key={column.key}>{pick(column.label, language)}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {data.rows.map((row) => (
                  <TableRow key={row.id} hover>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <MuiLink component={Link} to={`${basename}/form-submissions/${encodeURIComponent(row.id)}`}>
                        {formatDateTime(row.createdAt, language)}
                      </MuiLink>
                    </TableCell>
                    <TableCell>{row.version}</TableCell>
                    <TableCell>{row.author ?? '—'}</TableCell>
                    <TableCell>{row.comune?.name ?? '—'}</TableCell>
                    <TableCell>
                      {row.subject ? (
                        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                          {row.subject.type === CASE ? (
                            <MuiLink component={Link} to={`${basename}/cases/${encodeURIComponent(row.subject.id)}/show`}>
                              {t('aCase')}
                            </MuiLink>
                          ) : (
                            <span>{t('aRecord')}</span>
                          )}
                          <Button size="small" onClick={() => set('subject', row.subject?.id)}>
                            {t('onlyThisSubject')}
                          </Button>
                        </Stack>
                      ) : (
                        '—'
                      )}
                    </TableCell>
                    {data.columns.map((column) => (
                      <TableCell key={column.key}>{row.values[column.key] ?? ''}</TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <TablePagination
            component="div"
            count={data.total}
            page={page}
            rowsPerPage={pageSize}
            rowsPerPageOptions={[10, 25, 50, 100]}
            onPageChange={(_, next) => setPage(next)}
            onRowsPerPageChange={(event) => {
              setPageSize(Number(event.target.value));
              setPage(0);
            }}
            labelRowsPerPage={t('perPage')}
          />
        </>
      ) : null}
    </Box>
  );
};
