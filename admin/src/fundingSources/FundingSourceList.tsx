import { DataTable, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import { fundingLevelChoices } from '../common/enums';

const fundingSourceFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="level" source="level" choices={fundingLevelChoices} alwaysOn sx={{ minWidth: 200 }} />,
];

export const FundingSourceList = () => (
  <List filters={fundingSourceFilters} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="code" />
      <DataTable.Col source="level">
        <SelectField source="level" choices={fundingLevelChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
