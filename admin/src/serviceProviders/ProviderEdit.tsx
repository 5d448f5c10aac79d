import { Edit, SimpleForm } from 'react-admin';
import { ProviderInputs } from './ProviderInputs';

export const ProviderEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm warnWhenUnsavedChanges>
      <ProviderInputs />
    </SimpleForm>
  </Edit>
);
