import { DataTable, List, ReferenceField, TextInput } from 'react-admin';
import { LocaleDateField } from '../../common/LocaleFields';
import { withPopulate } from '../common/populate';

const beneficiaryFilters = [
  <TextInput key="lastName" source="lastName_containsi" alwaysOn />,
  <TextInput key="fiscalCode" source="fiscalCode" alwaysOn parse={(value: string) => value.trim().toUpperCase()} />,
];

/** The people of the operator's comuni: search by last name or by fiscal code. */
export const BeneficiaryList = () => (
  <List
    filters={beneficiaryFilters}
    sort={{ field: 'lastName', order: 'ASC' }}
    perPage={25}
    exporter={false}
    queryOptions={withPopulate('beneficiaries')}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="lastName" />
      <DataTable.Col source="firstName" />
      <DataTable.Col source="fiscalCode" />
      <DataTable.Col source="birthDate">
        <LocaleDateField source="birthDate" />
      </DataTable.Col>
      <DataTable.Col source="municipality" disableSort>
        <ReferenceField source="municipality" reference="municipalities" link={false} emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);
