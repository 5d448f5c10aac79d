import { Create, SimpleForm } from 'react-admin';
import { RegulationInputs } from './RegulationInputs';

export const RegulationCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ scheme: 'uniform' }} warnWhenUnsavedChanges>
      <RegulationInputs />
    </SimpleForm>
  </Create>
);
