import { Alert } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  Create,
  ReferenceField,
  ReferenceInput,
  required,
  SimpleForm,
  TextInput,
  Labeled,
  useTranslate,
} from 'react-admin';
import { pickFields } from '../model/pick';

const byName = { field: 'name', order: 'ASC' } as const;
const validateRequired = required();
// The comune of origin is the case's: the server sets it.
const SENT = ['case', 'fromService', 'toProvider', 'toService', 'reason', 'consentPurpose', 'consentGiven'];

/** The operator refers a case to a provider (opened from the case page, which fills case and origin). */
export const ReferralCreate = () => {
  const translate = useTranslate();
  return (
    <Create
      redirect={(_resource, _id, data) => `cases/${encodeURIComponent(String(data?.case))}/show/referrals`}
      transform={(values) => pickFields(values, SENT)}
      // The answer must carry the case (relations come only when asked for) to go back to it.
      mutationOptions={{ meta: { populate: ['case'] } }}
    >
      <SimpleForm warnWhenUnsavedChanges defaultValues={{ consentGiven: false }}>
        <Labeled source="case">
          <ReferenceField source="case" reference="cases" link="show" />
        </Labeled>
        <ReferenceInput source="toProvider" reference="providers" sort={byName}>
          <AutocompleteInput optionText="name" validate={validateRequired} sx={{ minWidth: 420 }} />
        </ReferenceInput>
        <ReferenceInput source="toService" reference="services" sort={byName}>
          <AutocompleteInput optionText="name" validate={validateRequired} sx={{ minWidth: 420 }} />
        </ReferenceInput>
        <TextInput source="reason" multiline minRows={3} fullWidth validate={validateRequired} />
        <TextInput source="consentPurpose" fullWidth />
        <BooleanInput source="consentGiven" />
        <Alert severity="info">{translate('cases.referral.consentHint')}</Alert>
      </SimpleForm>
    </Create>
  );
};
