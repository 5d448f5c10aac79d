import { useState } from 'react';
import { Box, Chip, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useParams } from 'react-router-dom';
import { Title, useLocaleState, useRequireAccess, useTranslate } from 'react-admin';
import { useFormDefinition, useInvalidateForms } from '../forms/api/queries';
import { QueryState } from '../forms/common/QueryState';
import { languageOf, pick } from '../forms/model/localized';
import { DefinitionDesigner } from './designer/DefinitionDesigner';
import { FormSettings } from './FormSettings';
import { FormActions } from './responses/FormActions';
import { ResponsesPanel } from './responses/ResponsesPanel';
import { VersionHistory } from './versions/VersionHistory';

type TabName = 'design' | 'versions' | 'responses' | 'settings';

/** One form in the designer: its structure, its versions (history, diff, retire), its responses, its settings. */
export const FormDesignerPage = () => {
  const { id = '' } = useParams();
  const key = decodeURIComponent(id);
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const [tab, setTab] = useState<TabName>('design');
  const { isPending: checking } = useRequireAccess({ action: 'edit', resource: 'form-designs' });
  const { data: form, isPending, error } = useFormDefinition(key);
  const invalidate = useInvalidateForms();
  if (checking) return null;
  const published = form?.versions.find((version) => version.status === 'published');
  const draft = form?.versions.find((version) => version.status === 'draft');

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={form ? pick(form.title, language) : 'forms.designs.title'} />
      <QueryState isPending={isPending} error={error} />
      {form ? (
        <>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
            <Typography variant="h5" component="h1">
              {pick(form.title, language)}
            </Typography>
            <Chip size="small" variant="outlined" label={form.key} />
            <Chip
              size="small"
              color={published ? 'success' : 'default'}
              label={
                published
                  ? translate('forms.designs.publishedVersion', { n: published.version })
                  : translate('forms.designs.notPublished')
              }
            />
            {draft ? (
              <Chip size="small" color="warning" label={translate('forms.designs.draftVersion', { n: draft.version })} />
            ) : null}
            <Box sx={{ flexGrow: 1 }} />
            <FormActions form={form} onChanged={invalidate} />
          </Stack>
          <Tabs value={tab} onChange={(_, value: TabName) => setTab(value)} sx={{ mb: 2 }}>
            <Tab value="design" label={translate('forms.designs.tabs.design')} />
            <Tab value="versions" label={translate('forms.designs.tabs.versions')} />
            <Tab value="responses" label={translate('forms.designs.tabs.responses')} />
            <Tab value="settings" label={translate('forms.designs.tabs.settings')} />
          </Tabs>
          {/* The designer stays mounted (hidden) so that switching tabs keeps unsaved changes. */}
          <Box hidden={tab !== 'design'}>
            <DefinitionDesigner form={form} onSaved={invalidate} />
          </Box>
          {tab === 'versions' ? <VersionHistory form={form} onChanged={invalidate} /> : null}
          {tab === 'responses' ? <ResponsesPanel form={form} language={language} /> : null}
          {tab === 'settings' ? <FormSettings form={form} onSaved={invalidate} /> : null}
        </>
      ) : null}
    </Box>
  );
};
