import { AutocompleteInput, DateInput, FormDataConsumer, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { requiredText, validateCode } from '../../common/validation';
import { schemeChoices } from '../common/choices';

const byName = { field: 'name', order: 'ASC' } as const;
const validateRequired = required();

/** A regulation version: a comune's tariffs (today) name the comune, the uniform ones (proposal) none. */
export const RegulationInputs = () => (
  <>
    <TextInput source="name" validate={requiredText(200)} sx={{ minWidth: 480 }} />
    <TextInput source="code" validate={validateCode(80)} />
    <SelectInput source="scheme" choices={schemeChoices} validate={validateRequired} sx={{ minWidth: 320 }} />
    <FormDataConsumer>
      {({ formData }) =>
        formData.scheme === 'municipal' ? (
          <ReferenceInput source="municipality" reference="municipalities" sort={byName}>
            <AutocompleteInput optionText="name" validate={validateRequired} sx={{ minWidth: 320 }} />
          </ReferenceInput>
        ) : null
      }
    </FormDataConsumer>
    <DateInput source="validFrom" validate={validateRequired} />
    <DateInput source="validTo" />
    <TextInput source="approvalAct" sx={{ minWidth: 480 }} />
    <TextInput source="notes" multiline minRows={2} sx={{ minWidth: 480 }} />
  </>
);
