import { useRequireAccess } from 'react-admin';
import { CreateThenOpen } from '../common/CreateThenOpen';
import { useInvalidateForms } from '../forms/api/queries';
import { useFormsApi } from '../forms/api/useFormsApi';
import { MetadataInputs } from './MetadataInputs';
import { toMetadata, type MetadataValues } from './model/metadata';
import { NEW_ITEM_TEXTS, newSection } from './model/newField';

/** A new form: its metadata; version 1 starts as a draft with one empty section, then opens in the designer. */
export const FormDesignCreate = () => {
  const api = useFormsApi();
  const invalidate = useInvalidateForms();
  const { isPending } = useRequireAccess({ action: 'create', resource: 'form-designs' });
  if (isPending) return null;

  const create = async (values: MetadataValues) => {
    const metadata = toMetadata(values);
    const created = await api.formsCreate({
      ...metadata,
      // No key typed: the server derives it from the Italian title.
      ...(metadata.key ? { key: metadata.key } : {}),
      description: metadata.description ?? undefined,
      definition: { sections: [newSection('section1', NEW_ITEM_TEXTS)] },
    });
    await invalidate();
    return `form-designs/${encodeURIComponent(created.key)}`;
  };

  return (
    <CreateThenOpen<MetadataValues>
      title="forms.designs.create"
      saveLabel="forms.designs.createAndDesign"
      created="forms.designs.created"
      defaultValues={{ roles: ['operator'] }}
      create={create}
    >
      <MetadataInputs />
    </CreateThenOpen>
  );
};
