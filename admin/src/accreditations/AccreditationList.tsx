import { AutocompleteInput, DataTable, List, ReferenceField, ReferenceInput, SelectField, SelectInput } from 'react-admin';
import { accreditationStatusChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleFields';
import { ACCREDITATION_POPULATE } from './populate';

const byName = { field: 'name', order: 'ASC' } as const;

const accreditationFilters = [
  <ReferenceInput key="provider" source="provider" reference="providers" sort={byName} alwaysOn>
    <AutocompleteInput optionText="name" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <ReferenceInput key="service" source="service" reference="services" sort={byName} alwaysOn>
    <AutocompleteInput optionText="name" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={accreditationStatusChoices} alwaysOn sx={{ minWidth: 180 }} />,
];

export const AccreditationList = () => (
  <List
    filters={accreditationFilters}
    sort={{ field: 'validFrom', order: 'DESC' }}
    perPage={25}
    queryOptions={{ meta: { populate: ACCREDITATION_POPULATE } }}
  >
    <DataTable rowClick="show">
      <DataTable.Col source="provider" disableSort>
        <ReferenceField source="provider" reference="providers" link={false} />
      </DataTable.Col>
      <DataTable.Col source="service" disableSort>
        <ReferenceField source="service" reference="services" link={false} />
      </DataTable.Col>
      <DataTable.Col source="register" />
      <DataTable.Col source="validFrom">
        <LocaleDateField source="validFrom" />
      </DataTable.Col>
      <DataTable.Col source="validTo">
        <LocaleDateField source="validTo" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={accreditationStatusChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
