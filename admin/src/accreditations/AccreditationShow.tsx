import { ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { accreditationStatusChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleFields';
import { ACCREDITATION_POPULATE } from './populate';

export const AccreditationShow = () => (
  <Show queryOptions={{ meta: { populate: ACCREDITATION_POPULATE } }}>
    <SimpleShowLayout>
      <ReferenceField source="provider" reference="providers" emptyText="—" />
      <ReferenceField source="service" reference="services" emptyText="—" />
      <TextField source="register" />
      <LocaleDateField source="validFrom" />
      <LocaleDateField source="validTo" emptyText="—" />
      <SelectField source="status" choices={accreditationStatusChoices} />
    </SimpleShowLayout>
  </Show>
);
