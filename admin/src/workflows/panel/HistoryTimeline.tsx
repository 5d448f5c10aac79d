import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { languageOf, pick } from '../../forms/model/localized';
import type { HistoryEntry, LocalizedText } from '../api/types';
import { formatMoment } from '../model/dates';

interface HistoryTimelineProps {
  history: HistoryEntry[];
  labels: Map<string, LocalizedText>;
}

/** What happened to the record, newest first: who moved it, from where to where, when, with what comment. */
export const HistoryTimeline = ({ history, labels }: HistoryTimelineProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const label = (key: string | null) => (key ? pick(labels.get(key), language) || key : '');
  const entries = [...history].reverse();

  return (
    <Box component="ol" aria-label={translate('workflows.panel.history')} sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {entries.map((entry, index) => (
        <Box component="li" key={entry.documentId} sx={{ display: 'flex', gap: 1.5 }}>
          <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
            <Box
              sx={{ width: 12, height: 12, mt: 0.75, borderRadius: '50%', bgcolor: index === 0 ? 'primary.main' : 'grey.400' }}
            />
            {index < entries.length - 1 ? <Box sx={{ flexGrow: 1, width: 2, bgcolor: 'grey.300' }} /> : null}
          </Box>
          <Box sx={{ pb: 1.5 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {entry.fromState
                ? translate('workflows.panel.moved', { from: label(entry.fromState), to: label(entry.toState) })
                : translate('workflows.panel.started', { to: label(entry.toState) })}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="div">
              {formatMoment(entry.at, locale)} · {entry.actorUsername ?? '—'}
              {entry.actorRole ? ` (${translate(`roles.${entry.actorRole}`, { _: entry.actorRole })})` : ''}
              {' · '}
              {translate('workflows.common.version', { n: entry.version })}
            </Typography>
            {entry.comment ? (
              <Typography variant="body2" sx={{ fontStyle: 'italic', whiteSpace: 'pre-wrap' }}>
                “{entry.comment}”
              </Typography>
            ) : null}
            {(entry.notes ?? []).map((note, noteIndex) => (
              <Typography key={noteIndex} variant="body2" color="text.secondary">
                {pick(note, language)}
              </Typography>
            ))}
          </Box>
        </Box>
      ))}
    </Box>
  );
};
