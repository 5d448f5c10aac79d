import { DateInput, Edit, email, NumberInput, SelectInput, SimpleForm, TextInput, useRecordContext } from 'react-admin';
import { Section } from '../../common/Section';
import { sexChoices } from '../common/choices';
import { validateFiscalCode } from '../model/fiscalCode';
import { pickFields } from '../model/pick';
import { withPopulate } from '../common/populate';

const PERSON = ['firstName', 'lastName', 'fiscalCode', 'birthDate', 'sex', 'citizenship', 'address', 'phone', 'email'];
const SENSITIVE = ['disability', 'healthNotes', 'iseeValue', 'courtMeasures'];
const validateEmail = email();

/** Special-category inputs, only when the server gave the record with them (the caller holds them). */
const SensitiveInputs = () => {
  const record = useRecordContext();
  if (!record || !SENSITIVE.some((field) => field in record)) return null;
  return (
    <Section title="cases.show.sensitive">
      <TextInput source="disability" multiline fullWidth />
      <TextInput source="healthNotes" multiline fullWidth />
      <NumberInput source="iseeValue" min={0} step={0.01} />
      <TextInput source="courtMeasures" multiline fullWidth />
    </Section>
  );
};

/** The operator corrects a person's data; the comune of residence and system fields are not sent. */
export const BeneficiaryEdit = () => (
  <Edit
    redirect="show"
    mutationMode="pessimistic"
    queryOptions={withPopulate('beneficiaries')}
    transform={(values) => pickFields(values, [...PERSON, ...SENSITIVE])}
  >
    <SimpleForm warnWhenUnsavedChanges>
      <TextInput source="lastName" />
      <TextInput source="firstName" />
      <TextInput source="fiscalCode" validate={validateFiscalCode} />
      <DateInput source="birthDate" />
      <SelectInput source="sex" choices={sexChoices} emptyText="—" />
      <TextInput source="citizenship" />
      <TextInput source="address" />
      <TextInput source="phone" />
      <TextInput source="email" validate={validateEmail} />
      <SensitiveInputs />
    </SimpleForm>
  </Edit>
);
