import { SimpleForm } from 'react-admin';
import { LocalizedEdit } from '../common/contentLocale/LocalizedEdit';
import { AreaInputs } from './AreaInputs';

export const AreaEdit = () => (
  <LocalizedEdit>
    <SimpleForm warnWhenUnsavedChanges>
      <AreaInputs />
    </SimpleForm>
  </LocalizedEdit>
);
