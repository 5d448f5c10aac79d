import {
  AutocompleteInput,
  Create,
  DateInput,
  Labeled,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  minValue,
  useGetIdentity,
} from 'react-admin';
import { unitChoices } from '../common/choices';
import { pickFields } from '../model/pick';
import { romeToday } from '../model/intake';
import { FieldRow } from '../common/FieldRow';

const byName = { field: 'name', order: 'ASC' } as const;
const validateRequired = required();
const validateQuantity = [required(), minValue(0)];
const SENT = ['case', 'service', 'provider', 'periodFrom', 'periodTo', 'quantity', 'unit', 'cost', 'notes'];
/** Provider staff record for their own organisation: the server sets it and refuses it in the body. */
const SENT_BY_PROVIDER = SENT.filter((field) => field !== 'provider');

/** Records a service delivered to a case (opened from the case page); provider staff record for their organisation. */
export const InterventionCreate = () => {
  const { identity } = useGetIdentity();
  const provider = (identity?.provider as { documentId: string } | null | undefined)?.documentId;
  const today = romeToday();
  return (
    <Create
      redirect={(_resource, _id, data) => `cases/${encodeURIComponent(String(data?.case))}/show/interventions`}
      transform={(values) => pickFields(values, provider ? SENT_BY_PROVIDER : SENT)}
      // The answer must carry the case (relations come only when asked for) to go back to it.
      mutationOptions={{ meta: { populate: ['case'] } }}
    >
      <SimpleForm
        warnWhenUnsavedChanges
        defaultValues={{ periodFrom: today, periodTo: today, unit: 'hours', provider }}
        key={provider ?? 'no-provider'}
      >
        <Labeled source="case">
          <ReferenceField source="case" reference="cases" link="show" />
        </Labeled>
        <ReferenceInput source="service" reference="services" sort={byName}>
          <AutocompleteInput optionText="name" validate={validateRequired} sx={{ minWidth: 420 }} />
        </ReferenceInput>
        <ReferenceInput source="provider" reference="providers" sort={byName}>
          <AutocompleteInput optionText="name" disabled={!!provider} sx={{ minWidth: 420 }} />
        </ReferenceInput>
        <FieldRow>
          <DateInput source="periodFrom" validate={validateRequired} />
          <DateInput source="periodTo" validate={validateRequired} />
        </FieldRow>
        <FieldRow>
          <NumberInput source="quantity" validate={validateQuantity} step={0.5} />
          <SelectInput source="unit" choices={unitChoices} validate={validateRequired} />
          <NumberInput source="cost" min={0} step={0.01} />
        </FieldRow>
        <TextInput source="notes" multiline minRows={2} fullWidth />
      </SimpleForm>
    </Create>
  );
};
