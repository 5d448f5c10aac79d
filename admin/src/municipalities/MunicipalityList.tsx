import { DataTable, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import { familyServiceZoneChoices } from '../common/enums';
import { LocaleNumberField } from '../common/LocaleFields';

const municipalityFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="familyServiceZone"
    source="familyServiceZone"
    choices={familyServiceZoneChoices}
    alwaysOn
    sx={{ minWidth: 240 }}
  />,
];

export const MunicipalityList = () => (
  <List filters={municipalityFilters} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="istatCode" />
      <DataTable.Col source="cadastralCode" />
      <DataTable.Col source="familyServiceZone">
        <SelectField source="familyServiceZone" choices={familyServiceZoneChoices} />
      </DataTable.Col>
      <DataTable.Col source="population" align="right">
        <LocaleNumberField source="population" />
      </DataTable.Col>
    </DataTable>
  </List>
);
