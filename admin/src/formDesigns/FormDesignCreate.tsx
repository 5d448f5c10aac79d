import { Box, Card, CardContent, Typography } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import { Form, SaveButton, Title, Toolbar, useBasename, useNotify, useRequireAccess, useTranslate } from 'react-admin';
import { useInvalidateForms } from '../forms/api/queries';
import { useFormsApi } from '../forms/api/useFormsApi';
import { MetadataInputs } from './MetadataInputs';
import { toMetadata, type MetadataValues } from './model/metadata';
import { NEW_ITEM_TEXTS, newSection } from './model/newField';

/** A new form: its metadata; version 1 starts as a draft with one empty section, then opens in the designer. */
export const FormDesignCreate = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const basename = useBasename();
  const api = useFormsApi();
  const invalidate = useInvalidateForms();
  const { isPending } = useRequireAccess({ action: 'create', resource: 'form-designs' });
  if (isPending) return null;

  const create = async (values: MetadataValues) => {
    const metadata = toMetadata(values);
    try {
      const created = await api.formsCreate({
        ...metadata,
        key: metadata.key ?? '',
        description: metadata.description ?? undefined,
        definition: { sections: [newSection('section1', NEW_ITEM_TEXTS)] },
      });
      await invalidate();
      notify('forms.designs.created', { type: 'success' });
      navigate(`${basename}/form-designs/${encodeURIComponent(created.key)}`);
      return undefined;
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
      return (error as { body?: { errors?: Record<string, unknown> } }).body?.errors;
    }
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 900 }}>
      <Title title="forms.designs.create" />
      <Card>
        <Form onSubmit={(values: Record<string, unknown>) => create(values as MetadataValues)} defaultValues={{ roles: ['operator'] }}>
          <CardContent>
            <Typography variant="h5" component="h1">
              {translate('forms.designs.create')}
            </Typography>
            <MetadataInputs />
          </CardContent>
          <Toolbar>
            <SaveButton label="forms.designs.createAndDesign" />
          </Toolbar>
        </Form>
      </Card>
    </Box>
  );
};
