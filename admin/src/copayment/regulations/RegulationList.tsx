import { DataTable, List, ReferenceField, SelectField, SelectInput } from 'react-admin';
import { LocaleDateField } from '../../common/LocaleFields';
import { ExampleDataChip } from '../common/ExampleDataChip';
import { REGULATION_POPULATE, schemeChoices } from '../common/choices';

const filters = [<SelectInput key="scheme" source="scheme" choices={schemeChoices} alwaysOn sx={{ minWidth: 280 }} />];

/** Regulation versions: the uniform proposal and each comune's tariffs of today. */
export const RegulationList = () => (
  <List
    filters={filters}
    sort={{ field: 'name', order: 'ASC' }}
    perPage={25}
    queryOptions={{ meta: { populate: REGULATION_POPULATE } }}
  >
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="scheme">
        <SelectField source="scheme" choices={schemeChoices} />
      </DataTable.Col>
      <DataTable.Col source="municipality" disableSort>
        <ReferenceField source="municipality" reference="municipalities" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="validFrom">
        <LocaleDateField source="validFrom" />
      </DataTable.Col>
      <DataTable.Col source="validTo">
        <LocaleDateField source="validTo" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="exampleData" disableSort>
        <ExampleDataChip />
      </DataTable.Col>
    </DataTable>
  </List>
);
