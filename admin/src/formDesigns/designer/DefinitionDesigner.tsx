import { useState } from 'react';
import { Box } from '@mui/material';
import type { Field } from '@forms-shared';
import { useLocaleState } from 'react-admin';
import type { FormSummary } from '../../forms/api/types';
import { languageOf } from '../../forms/model/localized';
import { DesignerContext, useDesignerState } from './DesignerContext';
import { DesignerToolbar } from './DesignerToolbar';
import { IssueList } from './IssueList';
import { Outline } from './Outline';
import { PreviewPane } from './PreviewPane';
import { PropertiesPanel } from './PropertiesPanel';
import { RulesPanel } from './RulesPanel';
import { TranslationsPanel } from './TranslationsPanel';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';

/** The version being designed: the draft, or (when there is none) a copy of the latest version that will become the next one. */
function startingDefinition(form: FormSummary) {
  const draft = form.versions.find((version) => version.status === 'draft');
  if (draft) return draft.definition;
  const latest = [...form.versions].sort((a, b) => b.version - a.version)[0];
  return latest?.definition ?? { sections: [] };
}

/** Keys and option codes (`field.code`) used by published or retired versions. */
function publishedKeys(form: FormSummary): Set<string> {
  const keys = new Set<string>();
  const visit = (fields: Field[]) => {
    for (const field of fields) {
      keys.add(field.key);
      if ('options' in field) field.options.forEach((option) => keys.add(`${field.key}.${option.code}`));
      if (field.type === 'group') visit(field.fields);
    }
  };
  form.versions
    .filter((version) => version.status !== 'draft')
    .forEach((version) => version.definition.sections.forEach((section) => visit(section.fields)));
  return keys;
}

/** The designer: outline, properties of the selected item, live preview; saving and publishing above. */
export const DefinitionDesigner = ({ form, onSaved }: { form: FormSummary; onSaved: () => Promise<unknown> }) => {
  const [locale] = useLocaleState();
  const [frozen] = useState(() => publishedKeys(form));
  const state = useDesignerState(startingDefinition(form), languageOf(locale), frozen);
  return (
    <DesignerContext.Provider value={state}>
      <UnsavedChangesGuard dirty={state.dirty} />
      <DesignerToolbar form={form} onSaved={onSaved} />
      <IssueList issues={state.issues} title="forms.designer.issuesTitle" severity="warning" />
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          alignItems: 'start',
          gridTemplateColumns: { xs: '1fr', lg: '260px minmax(340px, 1fr) minmax(360px, 1.1fr)' },
        }}
      >
        <Outline />
        <PropertiesPanel key={state.selected ?? 'none'} />
        <Box
          sx={{ position: { lg: 'sticky' }, top: { lg: 64 }, maxHeight: { lg: 'calc(100vh - 80px)' }, overflow: { lg: 'auto' } }}
        >
          <PreviewPane />
        </Box>
      </Box>
      <RulesPanel />
      <TranslationsPanel />
    </DesignerContext.Provider>
  );
};
