import { Create, SimpleForm } from 'react-admin';
import { AccreditationInputs } from './AccreditationInputs';

export const AccreditationCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ status: 'active' }} warnWhenUnsavedChanges>
      <AccreditationInputs />
    </SimpleForm>
  </Create>
);
