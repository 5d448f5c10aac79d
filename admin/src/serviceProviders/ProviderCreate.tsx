import { Create, SimpleForm } from 'react-admin';
import { ProviderInputs } from './ProviderInputs';

export const ProviderCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ thirdSector: false, exampleData: false }} warnWhenUnsavedChanges>
      <ProviderInputs />
    </SimpleForm>
  </Create>
);
