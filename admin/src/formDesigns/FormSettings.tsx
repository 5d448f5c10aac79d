import { Card, CardContent } from '@mui/material';
import { Form, SaveButton, Toolbar, useNotify } from 'react-admin';
import type { FormSummary } from '../forms/api/types';
import { useFormsApi } from '../forms/api/useFormsApi';
import { MetadataInputs } from './MetadataInputs';
import { metadataValues, toMetadata, type MetadataValues } from './model/metadata';

/** A form's metadata (title, description, who fills it, area, services); the key never changes. */
export const FormSettings = ({ form, onSaved }: { form: FormSummary; onSaved: () => Promise<unknown> }) => {
  const notify = useNotify();
  const api = useFormsApi();
  const save = async (values: MetadataValues) => {
    const { key: _key, ...metadata } = toMetadata(values);
    try {
      await api.formsUpdateMetadata(form.key, metadata);
      await onSaved();
      notify('forms.designs.settingsSaved', { type: 'success' });
      return undefined;
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
      return (error as { body?: { errors?: Record<string, unknown> } }).body?.errors;
    }
  };
  return (
    <Card variant="outlined">
      <Form onSubmit={(values: Record<string, unknown>) => save(values as MetadataValues)} defaultValues={metadataValues(form)}>
        <CardContent>
          <MetadataInputs editing />
        </CardContent>
        <Toolbar>
          <SaveButton />
        </Toolbar>
      </Form>
    </Card>
  );
};
