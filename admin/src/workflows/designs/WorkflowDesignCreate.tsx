import { SelectInput, TextInput, required, useRequireAccess } from 'react-admin';
import { CreateThenOpen } from '../../common/CreateThenOpen';
import { useInvalidateWorkflows } from '../api/queries';
import { useWorkflowsApi } from '../api/useWorkflowsApi';
import { starterDefinition, type NewWorkflowValues } from '../model/newWorkflow';
import { SUBJECT_TYPE_CHOICES } from '../model/subjects';

/** A new workflow: key, name and record type; version 1 starts as a draft (open → closed), then opens in the designer. */
export const WorkflowDesignCreate = () => {
  const api = useWorkflowsApi();
  const invalidate = useInvalidateWorkflows();
  const { isPending } = useRequireAccess({ action: 'create', resource: 'workflow-designs' });
  if (isPending) return null;

  const create = async (values: NewWorkflowValues) => {
    const nameIt = values.name?.it?.trim() ?? '';
    const created = await api.workflowsCreate({
      key: values.key?.trim() ?? '',
      name: { it: nameIt, en: values.name?.en?.trim() || nameIt },
      contentType: values.contentType ?? '',
      definition: starterDefinition({
        open: { it: 'Aperto', en: 'Open' },
        closed: { it: 'Chiuso', en: 'Closed' },
        close: { it: 'Chiudi', en: 'Close' },
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
      <TextInput source="key" label="workflows.designs.columns.key" helperText="workflows.designs.keyHelp" validate={required()} fullWidth />
      <TextInput source="name.it" label="workflows.designs.nameIt" validate={required()} fullWidth />
      <TextInput source="name.en" label="workflows.designs.nameEn" fullWidth />
      <SelectInput source="contentType" label="workflows.designs.columns.contentType" choices={SUBJECT_TYPE_CHOICES} validate={required()} />
    </CreateThenOpen>
  );
};
