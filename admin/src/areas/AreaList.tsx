import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput } from 'react-admin';

const areaFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NullableBooleanInput key="legacy" source="legacy" alwaysOn sx={{ minWidth: 200 }} />,
];

export const AreaList = () => (
  <List filters={areaFilters} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="code" />
      <DataTable.Col source="legacy">
        <BooleanField source="legacy" />
      </DataTable.Col>
    </DataTable>
  </List>
);
