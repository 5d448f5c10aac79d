import { ArrayField, DataTable, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { EuroField, LocaleDateField } from '../../common/LocaleFields';
import { BeneficiaryField } from '../common/BeneficiaryName';
import { voucherStatusChoices } from '../common/choices';
import { RedeemVoucher } from './RedeemVoucher';
import { withPopulate } from '../common/populate';

/** A nominal voucher: who, what, which provider, value, co-payment, redemptions and the balance left. */
export const VoucherShow = () => (
  <Show actions={<TopToolbar><RedeemVoucher /></TopToolbar>} queryOptions={withPopulate('vouchers')}>
    <SimpleShowLayout>
      <TextField source="code" />
      <SelectField source="status" choices={voucherStatusChoices} />
      <BeneficiaryField />
      <ReferenceField source="case" reference="cases" link="show" emptyText="—" />
      <ReferenceField source="service" reference="services" link={false} emptyText="—" />
      <ReferenceField source="provider" reference="providers" link={false} emptyText="—" />
      <EuroField source="value" />
      <EuroField source="copaymentShare" emptyText="—" />
      <EuroField source="balance" />
      <LocaleDateField source="validFrom" />
      <LocaleDateField source="validTo" />
      <ArrayField source="redemptions">
        <DataTable bulkActionButtons={false}>
          <DataTable.Col source="date" label="resources.vouchers.fields.redemptions.date">
            <LocaleDateField source="date" />
          </DataTable.Col>
          <DataTable.NumberCol source="quantity" label="resources.vouchers.fields.redemptions.quantity" />
          <DataTable.Col source="amount" label="resources.vouchers.fields.redemptions.amount">
            <EuroField source="amount" />
          </DataTable.Col>
        </DataTable>
      </ArrayField>
    </SimpleShowLayout>
  </Show>
);
