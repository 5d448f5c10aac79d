import { Create, SimpleForm } from 'react-admin';
import { ServiceInputs } from './ServiceInputs';

/** A new service is written in Italian (the default language); its English version is added from the edit page. */
export const ServiceCreate = () => (
  <Create redirect="edit">
    <SimpleForm defaultValues={{ management: 'associata', status: 'active' }} warnWhenUnsavedChanges>
      <ServiceInputs />
    </SimpleForm>
  </Create>
);
