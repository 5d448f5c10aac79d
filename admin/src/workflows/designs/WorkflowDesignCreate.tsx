import { Box, Card, CardContent, Typography } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import { Form, SaveButton, SelectInput, TextInput, Title, Toolbar, required, useBasename, useNotify, useRequireAccess, useTranslate } from 'react-admin';
import { useInvalidateWorkflows } from '../api/queries';
import { useWorkflowsApi } from '../api/useWorkflowsApi';
import { starterDefinition, type NewWorkflowValues } from '../model/newWorkflow';
import { SUBJECT_TYPE_CHOICES } from '../model/subjects';


/** A new workflow: key, name and record type; version 1 starts as a draft (open → closed), then opens in the designer. */
export const WorkflowDesignCreate = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const basename = useBasename();
  const api = useWorkflowsApi();
  const invalidate = useInvalidateWorkflows();
  const { isPending } = useRequireAccess({ action: 'create', resource: 'workflow-designs' });
  if (isPending) return null;

  const create = async (values: NewWorkflowValues) => {
    try {
      const created = await api.workflowsCreate({
        key: values.key?.trim() ?? '',
        name: { it: values.name?.it?.trim() ?? '', en: values.name?.en?.trim() || (values.name?.it?.trim() ?? '') },
        contentType: values.contentType ?? '',
        definition: starterDefinition({
          open: { it: 'Aperto', en: 'Open' },
          closed: { it: 'Chiuso', en: 'Closed' },
          close: { it: 'Chiudi', en: 'Close' },
        }),
      });
      await invalidate();
      notify('workflows.designs.created', { type: 'success' });
      navigate(`${basename}/workflow-designs/${encodeURIComponent(created.key)}`);
      return undefined;
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
      return (error as { body?: { errors?: Record<string, unknown> } }).body?.errors;
    }
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 900 }}>
      <Title title="workflows.designs.create" />
      <Card>
        <Form onSubmit={(values: Record<string, unknown>) => create(values as NewWorkflowValues)}>
          <CardContent>
            <Typography variant="h5" component="h1">
              {translate('workflows.designs.create')}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {translate('workflows.designs.createHelp')}
            </Typography>
            <TextInput source="key" label="workflows.designs.columns.key" helperText="workflows.designs.keyHelp" validate={required()} fullWidth />
            <TextInput source="name.it" label="workflows.designs.nameIt" validate={required()} fullWidth />
            <TextInput source="name.en" label="workflows.designs.nameEn" fullWidth />
            <SelectInput source="contentType" label="workflows.designs.columns.contentType" choices={SUBJECT_TYPE_CHOICES} validate={required()} />
          </CardContent>
          <Toolbar>
            <SaveButton label="workflows.designs.createAndDesign" />
          </Toolbar>
        </Form>
      </Card>
    </Box>
  );
};
