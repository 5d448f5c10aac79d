import { BooleanInput, required, SelectInput, TextInput } from 'react-admin';
import { BODY_TYPE_CHOICES } from '../common/choices';

/** A body's own fields (its composition rules default to those of its type). */
export const BodyInputs = ({ creating }: { creating: boolean }) => (
  <>
    {creating ? <TextInput source="code" validate={required()} helperText={false} /> : null}
    <TextInput source="name" validate={required()} fullWidth />
    <SelectInput source="type" choices={BODY_TYPE_CHOICES} validate={required()} />
    <TextInput source="description" multiline fullWidth />
    <BooleanInput source="public" />
  </>
);
