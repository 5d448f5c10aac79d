import { AutocompleteInput, DateInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { ROLE_CHOICES, SEAT_CHOICES } from '../common/choices';

/** A relation shown as its documentId in an input (the API answers it as an object with a name). */
const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { documentId: string }).documentId : value);

/** A member: who, for which organisation and seat, with which role, for which term. */
export const MembershipInputs = () => (
  <>
    <TextInput source="name" validate={required()} fullWidth />
    <TextInput source="organisation" fullWidth />
    <SelectInput source="seat" choices={SEAT_CHOICES} validate={required()} />
    <SelectInput source="role" choices={ROLE_CHOICES} defaultValue="member" />
    <ReferenceInput source="municipality" reference="municipalities" format={idOf}>
      <AutocompleteInput optionText="name" />
    </ReferenceInput>
    <ReferenceInput source="provider" reference="providers" format={idOf}>
      <AutocompleteInput optionText="name" />
    </ReferenceInput>
    <ReferenceInput source="delegateFor" reference="governance-bodies" filter={{ type: 'tavolo-area' }} format={idOf}>
      <SelectInput optionText="name" />
    </ReferenceInput>
    <DateInput source="from" />
    <DateInput source="to" />
    <TextInput source="email" type="email" />
  </>
);
