import { Create, SimpleForm } from 'react-admin';
import { MunicipalityInputs } from './MunicipalityInputs';

export const MunicipalityCreate = () => (
  <Create redirect="show">
    <SimpleForm warnWhenUnsavedChanges>
      <MunicipalityInputs />
    </SimpleForm>
  </Create>
);
