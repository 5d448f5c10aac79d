import { BooleanField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocaleDateField } from '../../common/LocaleFields';
import { referralStatusChoices } from '../common/choices';
import { ReferralActions } from './ReferralActions';
import { withPopulate } from '../common/populate';

/** A referral: where from and to, why, the citizen's consent, the provider's answer. */
export const ReferralShow = () => {
  return (
    <Show actions={<ReferralActions />} queryOptions={withPopulate('referrals')}>
      <SimpleShowLayout>
        <SelectField source="status" choices={referralStatusChoices} />
        <ReferenceField source="fromMunicipality" reference="municipalities" link={false} emptyText="—" />
        <ReferenceField source="fromService" reference="services" link={false} emptyText="—" />
        <ReferenceField source="toProvider" reference="providers" link={false} emptyText="—" />
        <ReferenceField source="toService" reference="services" link={false} emptyText="—" />
        <TextField source="reason" sx={{ whiteSpace: 'pre-wrap' }} />
        <TextField source="consentPurpose" emptyText="—" />
        <BooleanField source="consentGiven" />
        <LocaleDateField source="consentGivenAt" showTime emptyText="—" />
        <LocaleDateField source="consentRevokedAt" showTime emptyText="—" />
        <LocaleDateField source="createdAt" showTime />
        <LocaleDateField source="decidedAt" showTime emptyText="—" />
        <TextField source="responseNote" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      </SimpleShowLayout>
    </Show>
  );
};
