import { Box } from '@mui/material';
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
import { UnsavedChangesGuard } from './UnsavedChangesGuard';

/** The version being designed: the draft, or (when there is none) a copy of the latest version that will become the next one. */
function startingDefinition(form: FormSummary) {
  const draft = form.versions.find((version) => version.status === 'draft');
  if (draft) return draft.definition;
  const latest = [...form.versions].sort((a, b) => b.version - a.version)[0];
  return latest?.definition ?? { sections: [] };
}

/** The designer: outline, properties of the selected item, live preview; saving and publishing above. */
export const DefinitionDesigner = ({ form, onSaved }: { form: FormSummary; onSaved: () => Promise<unknown> }) => {
  const [locale] = useLocaleState();
  const state = useDesignerState(startingDefinition(form), languageOf(locale));
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
        <Box sx={{ position: { lg: 'sticky' }, top: { lg: 64 }, maxHeight: { lg: 'calc(100vh - 80px)' }, overflow: { lg: 'auto' } }}>
          <PreviewPane />
        </Box>
      </Box>
      <RulesPanel />
    </DesignerContext.Provider>
  );
};
