import { Edit, SimpleForm } from 'react-admin';
import { MunicipalityInputs } from './MunicipalityInputs';

export const MunicipalityEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm warnWhenUnsavedChanges>
      <MunicipalityInputs />
    </SimpleForm>
  </Edit>
);
