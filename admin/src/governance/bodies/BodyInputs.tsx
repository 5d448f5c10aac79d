import { AutocompleteArrayInput, BooleanInput, ReferenceArrayInput, required, SelectInput, TextInput } from 'react-admin';
import { BODY_TYPE_CHOICES } from '../common/choices';

/** Relations answered as `{ documentId, name }` objects, edited as documentIds. */
const idsOf = (value: unknown) =>
  Array.isArray(value) ? value.map((v) => (v && typeof v === 'object' ? (v as { documentId: string }).documentId : v)) : value;

/**
 * A body's own fields (its composition rules default to those of its type) and the services it follows:
 * the rule "enti gestori dei servizi seguiti" counts the members of each of their providers.
 */
export const BodyInputs = ({ creating }: { creating: boolean }) => (
  <>
    {creating ? <TextInput source="code" validate={required()} helperText={false} /> : null}
    <TextInput source="name" validate={required()} fullWidth />
    <SelectInput source="type" choices={BODY_TYPE_CHOICES} validate={required()} />
    <TextInput source="description" multiline fullWidth />
    <ReferenceArrayInput
      source="services"
      reference="services"
      sort={{ field: 'name', order: 'ASC' }}
      perPage={100}
      format={idsOf}
    >
      <AutocompleteArrayInput
        optionText="name"
        fullWidth
        helperText="governance.body.servicesHelp"
        filterToQuery={(text) => (text ? { name_containsi: text } : {})}
      />
    </ReferenceArrayInput>
    <BooleanInput source="public" />
  </>
);
