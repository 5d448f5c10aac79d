import { useMemo, useState } from 'react';
import { Alert, Box, FormControlLabel, Paper, Switch, Typography } from '@mui/material';
import { Form, SelectArrayInput, TextInput, useNotify, useTranslate, useLocaleState } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { languageOf } from '../../forms/model/localized';
import type { WorkflowSummary, WorkflowVersion } from '../api/types';
import { useWorkflowsApi } from '../api/useWorkflowsApi';
import { describeRefusal } from '../model/errors';
import { toDefinition, toFormValues, type DesignValues } from '../model/formValues';
import { placeDefinitionErrors } from '../model/placeErrors';
import { ActionsEditor } from './ActionsEditor';
import { AdvancedJson } from './AdvancedJson';
import { DesignerSettingsContext } from './designerContext';
import { DesignToolbar } from './DesignToolbar';
import { LiveDiagram } from './LiveDiagram';
import { roleChoices } from './roles';
import { StatesEditor } from './StatesEditor';
import { TransitionsEditor } from './TransitionsEditor';

interface DesignFormProps {
  workflow: WorkflowSummary;
  draft: WorkflowVersion;
  onSaved: () => Promise<unknown>;
}

/**
 * The draft of a workflow as a form (react-hook-form through react-admin's inputs), with its diagram drawn
 * live; guards and actions from pickers, the JSON in the advanced view; the server's problems appear under
 * the inputs they name, the others above the form, introduced by the state or transition they are about.
 */
export const DesignForm = ({ workflow, draft, onSaved }: DesignFormProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const api = useWorkflowsApi();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const [general, setGeneral] = useState<string[]>([]);
  const [advanced, setAdvanced] = useState(false);
  const record = useMemo(() => ({ id: draft.documentId, ...toFormValues(draft.definition, draft.changeNote ?? '') }), [draft]);
  const settings = useMemo(() => {
    const published = workflow.versions.find((version) => version.status === 'published')?.definition;
    return {
      lockedStates: new Set((published?.states ?? []).map((state) => state.key)),
      lockedTransitions: new Set((published?.transitions ?? []).map((transition) => transition.key)),
      advanced,
      language,
    };
  }, [workflow, advanced, language]);

  const save = async (values: FieldValues) => {
    const { definition, errors } = toDefinition(values as DesignValues);
    if (Object.keys(errors).length > 0) {
      notify('workflows.designer.refused', { type: 'error' });
      return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, translate(key)]));
    }
    try {
      const note = String(values.changeNote ?? '').trim();
      await api.workflowsSaveDraft(workflow.key, definition, note || undefined);
      setGeneral([]);
      notify('workflows.designer.saved', { type: 'success', messageArgs: { n: draft.version } });
      await onSaved();
      return undefined;
    } catch (error) {
      const placed = placeDefinitionErrors(
        (error as { body?: { errors?: Record<string, unknown> } }).body?.errors,
        values as DesignValues,
        language
      );
      setGeneral(placed.general);
      const count = Object.keys(placed.fields).length + placed.general.length;
      notify(count > 0 ? 'workflows.designer.refused' : describeRefusal(error, language).message, { type: 'error' });
      return placed.fields;
    }
  };

  return (
    <DesignerSettingsContext.Provider value={settings}>
      {/* Remounted with the saved definition after each save, so the form is clean again. */}
      <Form key={JSON.stringify(draft.definition)} record={record} onSubmit={save} warnWhenUnsavedChanges>
        <DesignToolbar workflow={workflow} draft={draft} onSaved={onSaved} onGeneral={setGeneral} />
        {general.length > 0 ? (
          <Alert severity="error" sx={{ mb: 2 }} role="alert">
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {translate('workflows.designer.refusedTitle')}
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 2 }}>
              {general.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </Box>
          </Alert>
        ) : null}
        <Box sx={{ width: '100%', mb: 2 }}>
          <Typography variant="subtitle2" component="h2" sx={{ mb: 1 }}>
            {translate('workflows.designer.diagram')}
          </Typography>
          <LiveDiagram />
        </Box>
        <FormControlLabel
          control={<Switch checked={advanced} onChange={(event) => setAdvanced(event.target.checked)} />}
          label={translate('workflows.designer.advanced')}
        />
        {advanced ? <AdvancedJson /> : null}
        <Paper variant="outlined" sx={{ p: 2, mb: 2, width: '100%' }}>
          <Typography variant="subtitle1" component="h2">
            {translate('workflows.designer.start')}
          </Typography>
          <SelectArrayInput
            source="start.roles"
            label="workflows.designer.startRoles"
            choices={roleChoices}
            sx={{ minWidth: 260 }}
          />
          <ActionsEditor source="start.actions" />
        </Paper>
        <Paper variant="outlined" sx={{ p: 2, mb: 2, width: '100%' }}>
          <StatesEditor />
        </Paper>
        <Paper variant="outlined" sx={{ p: 2, mb: 2, width: '100%' }}>
          <TransitionsEditor />
        </Paper>
        <TextInput source="changeNote" label="workflows.designer.changeNote" fullWidth />
      </Form>
    </DesignerSettingsContext.Provider>
  );
};
