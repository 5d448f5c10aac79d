import { Create, SimpleForm } from 'react-admin';
import { MeasureInputs } from './MeasureInputs';

export const MeasureCreate = () => (
  <Create redirect="edit">
    <SimpleForm warnWhenUnsavedChanges>
      <MeasureInputs />
    </SimpleForm>
  </Create>
);
