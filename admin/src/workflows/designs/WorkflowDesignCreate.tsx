import { useQueryClient } from '@tanstack/react-query';
import { SelectInput, TextInput, required, useRequireAccess } from 'react-admin';
import { CreateThenOpen } from '../../common/CreateThenOpen';
import { useInvalidateWorkflows, workflowsKeys } from '../api/queries';
import type { WorkflowSummary } from '../api/types';
import { useWorkflowsApi } from '../api/useWorkflowsApi';
import { keyFromLabel } from '../model/keys';
import { starterDefinition, type NewWorkflowValues } from '../model/newWorkflow';
import { SUBJECT_TYPE_CHOICES } from '../model/subjects';

/**
 * A new workflow: its Italian name (the code is derived from it) and record type; version 1 starts as a
 * draft (open → closed) and opens in the designer, ready to draw.
 */
export const WorkflowDesignCreate = () => {
  const api = useWorkflowsApi();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateWorkflows();
  const { isPending } = useRequireAccess({ action: 'create', resource: 'workflow-designs' });
  if (isPending) return null;

  const create = async (values: NewWorkflowValues) => {
    const nameIt = values.name?.it?.trim() ?? '';
    const existing = await queryClient
      .fetchQuery({ queryKey: workflowsKeys.definitions, queryFn: () => api.workflowsDefinitions() })
      .catch(() => [] as WorkflowSummary[]);
    const created = await api.workflowsCreate({
      key: keyFromLabel(
        nameIt,
        existing.map((workflow) => workflow.key),
        'flusso'
      ),
      name: { it: nameIt, en: values.name?.en?.trim() || nameIt },
      contentType: values.contentType ?? '',
      definition: starterDefinition({
        // English left as the Italian: it follows the Italian names the UdP gives (English is optional).
        open: { it: 'Aperto', en: 'Aperto' },
        closed: { it: 'Chiuso', en: 'Chiuso' },
        close: { it: 'Chiudi', en: 'Chiudi' },
      }),
    });
    await invalidate();
    return `workflow-designs/${encodeURIComponent(created.key)}`;
  };

  return (
    <CreateThenOpen<NewWorkflowValues>
      title="workflows.designs.create"
      help="workflows.designs.createHelp"
      saveLabel="workflows.designs.createAndDesign"
      created="workflows.designs.created"
      create={create}
    >
      <TextInput source="name.it" label="workflows.designs.nameIt" validate={required()} fullWidth />
      <TextInput source="name.en" label="workflows.designs.nameEn" helperText="workflows.designer.englishOptional" fullWidth />
      <SelectInput
        source="contentType"
        label="workflows.designs.columns.contentType"
        choices={SUBJECT_TYPE_CHOICES}
        validate={required()}
      />
    </CreateThenOpen>
  );
};
