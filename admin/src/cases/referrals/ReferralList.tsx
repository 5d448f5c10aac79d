import { DataTable, List, ReferenceField, SelectField, SelectInput, useTranslate, TextField } from 'react-admin';
import { LocaleDateField } from '../../common/LocaleFields';
import { referralStatusChoices } from '../common/choices';
import { useRole } from '../common/useRole';
import { withPopulate } from '../common/populate';

const referralFilters = [
  <SelectInput key="status" source="status" choices={referralStatusChoices} alwaysOn sx={{ minWidth: 180 }} />,
];

/**
 * Referrals: for provider staff the inbox of those addressed to their organisation (pending first by
 * default), for operators those sent from their comuni.
 */
export const ReferralList = () => {
  const role = useRole();
  const translate = useTranslate();
  const inbox = role === 'provider';
  return (
    <List
      title={inbox ? translate('cases.referral.inbox') : undefined}
      filters={referralFilters}
      filterDefaultValues={inbox ? { status: 'pending' } : {}}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      queryOptions={withPopulate('referrals')}
      exporter={false}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="createdAt">
          <LocaleDateField source="createdAt" />
        </DataTable.Col>
        <DataTable.Col source="fromMunicipality" disableSort>
          <ReferenceField source="fromMunicipality" reference="municipalities" link={false} emptyText="—" />
        </DataTable.Col>
        {inbox ? null : (
          <DataTable.Col source="toProvider" disableSort>
            <ReferenceField source="toProvider" reference="providers" link={false} emptyText="—" />
          </DataTable.Col>
        )}
        <DataTable.Col source="toService" disableSort>
          <ReferenceField source="toService" reference="services" link={false} emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="reason">
          <TextField
            source="reason"
            sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}
          />
        </DataTable.Col>
        <DataTable.Col source="status">
          <SelectField source="status" choices={referralStatusChoices} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
