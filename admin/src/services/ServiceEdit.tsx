import { SimpleForm } from 'react-admin';
import { LocalizedEdit } from '../common/contentLocale/LocalizedEdit';
import { SERVICE_POPULATE } from './populate';
import { ServiceInputs } from './ServiceInputs';

export const ServiceEdit = () => (
  <LocalizedEdit populate={SERVICE_POPULATE}>
    <SimpleForm warnWhenUnsavedChanges>
      <ServiceInputs />
    </SimpleForm>
  </LocalizedEdit>
);
