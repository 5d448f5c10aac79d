import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { familyServiceZoneChoices } from '../common/enums';
import { LocaleDateField, LocaleNumberField } from '../common/LocaleFields';

export const MunicipalityShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="istatCode" />
      <TextField source="cadastralCode" emptyText="—" />
      <SelectField source="familyServiceZone" choices={familyServiceZoneChoices} />
      <LocaleNumberField source="population" emptyText="—" />
      <LocaleDateField source="populationDate" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
