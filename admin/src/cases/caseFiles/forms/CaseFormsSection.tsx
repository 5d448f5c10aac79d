import { Box, Button, Chip, LinearProgress, List, ListItem, Stack, Typography } from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { lazy, Suspense, useState } from 'react';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Section } from '../../../common/Section';
import { formatMoment } from '../../../workflows/model/dates';
import { useRole } from '../../common/useRole';
import { caseFormsOf, caseFormState, type CaseFormEntry } from './caseFormState';

// The forms renderer and its validator (ajv, JSON Logic) load with the first form opened on a case.
const CaseFormFill = lazy(() => import('./CaseFormFill').then((module) => ({ default: module.CaseFormFill })));

const STATE_COLOUR = { done: 'success', required: 'warning', todo: 'default' } as const;

const CaseFormRow = ({
  entry,
  open,
  onToggle,
  mayFill,
}: {
  entry: CaseFormEntry;
  open: boolean;
  onToggle: () => void;
  mayFill: boolean;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const state = caseFormState(entry);
  const name = (locale === 'en' ? entry.name.en : entry.name.it) || entry.name.it;
  return (
    <ListItem disableGutters sx={{ display: 'block' }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
        <Box sx={{ flex: 1 }}>
          <Typography component="h3" variant="subtitle1">
            {name}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate(`casePath.purposes.${entry.purpose}`, { _: entry.purpose })}
            {mayFill
              ? ''
              : ` · ${translate('caseForms.notYours', { roles: entry.roles.map((r) => translate(`roles.${r}`, { _: r })).join(', ') })}`}
          </Typography>
          {entry.submissions.map((s) => (
            <Typography key={s.documentId} variant="body2" color="text.secondary">
              {translate('caseForms.filledBy', { author: s.author ?? '—', date: formatMoment(s.createdAt, locale) })}
            </Typography>
          ))}
        </Box>
        <Chip label={translate(`caseForms.state.${state}`)} color={STATE_COLOUR[state]} size="small" />
        {mayFill ? (
          <Button
            onClick={onToggle}
            startIcon={<EditNoteIcon />}
            aria-expanded={open}
            aria-label={`${translate(state === 'done' ? 'caseForms.fillAgain' : 'caseForms.fill')}: ${name}`}
          >
            {translate(state === 'done' ? 'caseForms.fillAgain' : 'caseForms.fill')}
          </Button>
        ) : null}
      </Stack>
      {open ? (
        <Suspense fallback={<LinearProgress />}>
          <CaseFormFill formKey={entry.key} onClose={onToggle} />
        </Suspense>
      ) : null}
    </ListItem>
  );
};

/**
 * The forms of the case's service ("Percorso della pratica" of the service), each with its state for this case
 * (da compilare / compilato / richiesto ora) and filled in place by the roles the service names.
 */
export const CaseFormsSection = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const role = useRole();
  const [openKey, setOpenKey] = useState<string | null>(null);
  const forms = caseFormsOf(record);
  if (!record) return null;
  const open = record.status !== 'closed';
  return (
    <Section title="caseForms.title">
      {forms.length === 0 ? (
        <Typography color="text.secondary">{translate('caseForms.none')}</Typography>
      ) : (
        <List dense disablePadding>
          {forms.map((entry) => (
            <CaseFormRow
              key={entry.key}
              entry={entry}
              open={openKey === entry.key}
              onToggle={() => setOpenKey(openKey === entry.key ? null : entry.key)}
              mayFill={open && !!role && entry.roles.includes(role)}
            />
          ))}
        </List>
      )}
    </Section>
  );
};
