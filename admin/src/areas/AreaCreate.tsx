import { Create, SimpleForm } from 'react-admin';
import { AreaInputs } from './AreaInputs';

export const AreaCreate = () => (
  <Create redirect="edit">
    <SimpleForm defaultValues={{ legacy: false }} warnWhenUnsavedChanges>
      <AreaInputs />
    </SimpleForm>
  </Create>
);
