import { useState } from 'react';
import { Accordion, AccordionDetails, AccordionSummary, Chip, Stack, TextField, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useTranslate } from 'react-admin';
import { issuePlace } from '../model/issuePlace';
import { definitionTexts, setEnglish } from '../model/untranslated';
import { useDesigner } from './DesignerContext';

/**
 * "Traduzioni": the texts of the form still without English (the English form shows their Italian),
 * each with its Italian and a box for the English; "all texts" lists the translated ones too.
 */
export const TranslationsPanel = () => {
  const translate = useTranslate();
  const { definition, apply, language } = useDesigner();
  const [showAll, setShowAll] = useState(false);
  // Entries stay listed while being typed into: the list is taken when the panel opens or the filter changes.
  const [listed, setListed] = useState<string[] | null>(null);
  const texts = definitionTexts(definition);
  const missing = texts.filter((entry) => entry.en.trim() === '');
  const shown = showAll ? texts : texts.filter((entry) => (listed ?? missing.map((e) => e.path)).includes(entry.path));
  return (
    <Accordion sx={{ mt: 2 }} onChange={(_, open) => setListed(open ? missing.map((entry) => entry.path) : null)}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls="translations-content" id="translations-header">
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="subtitle1" component="h2">
            {translate('forms.designer.translations.title')}
          </Typography>
          <Chip
            size="small"
            color={missing.length ? 'warning' : 'success'}
            label={translate('forms.designer.translations.missing', { smart_count: missing.length })}
          />
        </Stack>
      </AccordionSummary>
      <AccordionDetails id="translations-content">
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('forms.designer.translations.help')}
        </Typography>
        <Chip
          label={translate(showAll ? 'forms.designer.translations.onlyMissing' : 'forms.designer.translations.all')}
          onClick={() => {
            setShowAll(!showAll);
            setListed(missing.map((entry) => entry.path));
          }}
          sx={{ mb: 2 }}
        />
        {shown.length === 0 ? <Typography>{translate('forms.designer.translations.none')}</Typography> : null}
        <Stack spacing={2}>
          {shown.map((entry) => (
            <Stack key={entry.path} spacing={0.5}>
              <Typography variant="caption" color="text.secondary">
                {issuePlace(definition, entry.path, translate, language)}
              </Typography>
              <Typography variant="body2" lang="it">
                {entry.it}
              </Typography>
              <TextField
                size="small"
                lang="en"
                label={translate('forms.designer.translations.english', { text: entry.it.slice(0, 60) })}
                value={entry.en}
                multiline={entry.it.length > 80}
                onChange={(event) => apply((d) => setEnglish(d, entry.path, event.target.value))}
              />
            </Stack>
          ))}
        </Stack>
      </AccordionDetails>
    </Accordion>
  );
};
