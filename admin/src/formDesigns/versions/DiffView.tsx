import { useState } from 'react';
import {
  Alert,
  Box,
  Chip,
  List,
  ListItem,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { formsKeys } from '../../forms/api/queries';
import type { DefinitionChange, FormSummary } from '../../forms/api/types';
import { useFormsApi } from '../../forms/api/useFormsApi';
import { QueryState } from '../../forms/common/QueryState';
import { languageOf } from '../../forms/model/localized';
import { describeTarget } from './describeTarget';

const KIND_COLOR = { added: 'success', removed: 'error', changed: 'warning', moved: 'info' } as const;

const show = (value: unknown) => (value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

/** What changed between two versions (fields, sections, rules added, removed, changed or moved), per the server's diff. */
export const DiffView = ({ form }: { form: FormSummary }) => {
  const translate = useTranslate();
  const api = useFormsApi();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const numbers = form.versions.map((version) => version.version).sort((a, b) => a - b);
  const [from, setFrom] = useState(numbers[Math.max(0, numbers.length - 2)] ?? 1);
  const [to, setTo] = useState(numbers[numbers.length - 1] ?? 1);
  const enabled = numbers.length > 1 && from !== to;
  const { data, isPending, error } = useQuery({
    queryKey: formsKeys.diff(form.key, from, to),
    queryFn: () => api.formsDiff(form.key, from, to),
    enabled,
  });
  const definitionOf = (n: number) => form.versions.find((version) => version.version === n)?.definition;
  const name = (change: DefinitionChange) => describeTarget(change.target, [definitionOf(to), definitionOf(from)], language);

  const select = (label: string, value: number, onChange: (n: number) => void) => (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(event) => onChange(Number(event.target.value))}
      sx={{ minWidth: 140 }}
    >
      {numbers.map((n) => (
        <MenuItem key={n} value={n}>
          {translate('forms.common.version', { n })}
        </MenuItem>
      ))}
    </TextField>
  );

  if (numbers.length < 2) return <Typography color="text.secondary">{translate('forms.versions.onlyOne')}</Typography>;
  return (
    <Box>
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        {select(translate('forms.versions.from'), from, setFrom)}
        {select(translate('forms.versions.to'), to, setTo)}
      </Stack>
      {!enabled ? (
        <Typography color="text.secondary">{translate('forms.versions.sameVersion')}</Typography>
      ) : (
        <QueryState isPending={isPending} error={error} />
      )}
      {enabled && data && data.changes.length === 0 ? (
        <Alert severity="info">{translate('forms.versions.noChanges')}</Alert>
      ) : null}
      {enabled && data && data.changes.length > 0 ? (
        <Paper variant="outlined">
          <Table size="small" aria-label={translate('forms.versions.compare')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('forms.versions.columns.change')}</TableCell>
                <TableCell>{translate('forms.versions.columns.target')}</TableCell>
                <TableCell>{translate('forms.versions.columns.details')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.changes.map((change, index) => (
                <TableRow key={`${change.target}-${index}`}>
                  <TableCell>
                    <Chip size="small" color={KIND_COLOR[change.kind]} label={translate(`forms.versions.kinds.${change.kind}`)} />
                  </TableCell>
                  <TableCell>{name(change)}</TableCell>
                  <TableCell>
                    <List dense disablePadding>
                      {(change.properties ?? []).map((property) => (
                        <ListItem key={property.name} disableGutters sx={{ py: 0, display: 'block', wordBreak: 'break-word' }}>
                          <strong>{property.name}</strong>: {show(property.before)} → {show(property.after)}
                        </ListItem>
                      ))}
                    </List>
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
