import { Typography } from '@mui/material';
import {
  ArrayField,
  DataTable,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { EuroField, LocaleDateField } from '../../common/LocaleFields';
import { BeneficiaryField } from '../common/BeneficiaryName';
import { voucherStatusChoices } from '../common/choices';
import { RedeemVoucher } from './RedeemVoucher';
import { useRole } from '../common/useRole';
import { withPopulate } from '../common/populate';

const VoucherTitle = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return <>{`${translate('resources.vouchers.name', { smart_count: 1 })} ${record?.code ?? ''}`}</>;
};

const NoRedemptions = () => {
  const translate = useTranslate();
  return <Typography color="text.secondary">{translate('cases.voucher.noRedemptions')}</Typography>;
};

/** A nominal voucher: who, what, which provider, value, co-payment, redemptions and the balance left. */
export const VoucherShow = () => {
  // Provider staff never receive the co-payment share (special-category): no empty row for them.
  const role = useRole();
  return (
    <Show
      title={<VoucherTitle />}
      actions={
        <TopToolbar>
          <RedeemVoucher />
        </TopToolbar>
      }
      queryOptions={withPopulate('vouchers')}
    >
      <SimpleShowLayout>
        <TextField source="code" />
        <SelectField source="status" choices={voucherStatusChoices} />
        <BeneficiaryField source="beneficiary" />
        <ReferenceField source="case" reference="cases" link="show" emptyText="—" />
        <ReferenceField source="service" reference="services" link={false} emptyText="—" />
        <ReferenceField source="provider" reference="providers" link={false} emptyText="—" />
        <EuroField source="value" />
        {role === 'operator' ? <EuroField source="copaymentShare" emptyText="—" /> : null}
        <EuroField source="balance" />
        <LocaleDateField source="validFrom" />
        <LocaleDateField source="validTo" />
        <ArrayField source="redemptions">
          <DataTable bulkActionButtons={false} empty={<NoRedemptions />}>
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
};
