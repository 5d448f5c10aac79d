import { DataTable, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import { measureLevelChoices } from '../common/enums';

const measureFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="level" source="level" choices={measureLevelChoices} alwaysOn sx={{ minWidth: 200 }} />,
];

export const MeasureList = () => (
  <List filters={measureFilters} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="code" />
      <DataTable.Col source="level">
        <SelectField source="level" choices={measureLevelChoices} />
      </DataTable.Col>
      <DataTable.Col source="legalBasis" />
    </DataTable>
  </List>
);
