import { DataTable, List, ReferenceField, SelectField, SelectInput } from 'react-admin';
import { EuroField, LocaleDateField } from '../../common/LocaleFields';
import { BeneficiaryField } from '../common/BeneficiaryName';
import { voucherStatusChoices } from '../common/choices';
import { withPopulate } from '../common/populate';

const voucherFilters = [
  <SelectInput key="status" source="status" choices={voucherStatusChoices} alwaysOn sx={{ minWidth: 160 }} />,
];

/** Vouchers of the operator's comuni, or those a provider was chosen for. */
export const VoucherList = () => (
  <List
    filters={voucherFilters}
    sort={{ field: 'validFrom', order: 'DESC' }}
    perPage={25}
    exporter={false}
    queryOptions={withPopulate('vouchers')}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="beneficiary" disableSort>
        <BeneficiaryField />
      </DataTable.Col>
      <DataTable.Col source="service" disableSort>
        <ReferenceField source="service" reference="services" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="provider" disableSort>
        <ReferenceField source="provider" reference="providers" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="value">
        <EuroField source="value" />
      </DataTable.Col>
      <DataTable.Col source="balance" disableSort>
        <EuroField source="balance" />
      </DataTable.Col>
      <DataTable.Col source="validTo">
        <LocaleDateField source="validTo" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={voucherStatusChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
