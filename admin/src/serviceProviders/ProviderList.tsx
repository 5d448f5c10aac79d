import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput, SelectField, SelectInput } from 'react-admin';
import { legalFormChoices } from '../common/enums';
import { ExampleDataBadge } from './ExampleDataBadge';

const providerFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="legalForm" source="legalForm" choices={legalFormChoices} alwaysOn sx={{ minWidth: 200 }} />,
  <NullableBooleanInput key="thirdSector" source="thirdSector" alwaysOn sx={{ minWidth: 240 }} />,
];

export const ProviderList = () => (
  <List filters={providerFilters} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="legalForm">
        <SelectField source="legalForm" choices={legalFormChoices} />
      </DataTable.Col>
      <DataTable.Col source="city" />
      <DataTable.Col source="vatNumber" />
      <DataTable.Col source="thirdSector">
        <BooleanField source="thirdSector" />
      </DataTable.Col>
      <DataTable.Col source="exampleData">
        <ExampleDataBadge />
      </DataTable.Col>
    </DataTable>
  </List>
);
