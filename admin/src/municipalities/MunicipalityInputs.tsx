import { DateInput, minValue, NumberInput, regex, required, SelectInput, TextInput } from 'react-admin';
import { familyServiceZoneChoices } from '../common/enums';
import { requiredText } from '../common/validation';

const validateName = requiredText(120);
const validateIstat = [required(), regex(/^[0-9]{6}$/, 'ambito.validation.istatCode')];
const validateCadastral = regex(/^[A-Z][0-9]{3}$/, 'ambito.validation.cadastralCode');
const validateRequired = required();
const validatePopulation = minValue(0);

export const MunicipalityInputs = () => (
  <>
    <TextInput source="name" validate={validateName} />
    <TextInput source="istatCode" validate={validateIstat} />
    <TextInput source="cadastralCode" validate={validateCadastral} />
    <SelectInput source="familyServiceZone" choices={familyServiceZoneChoices} validate={validateRequired} />
    <NumberInput source="population" min={0} step={1} validate={validatePopulation} />
    <DateInput source="populationDate" />
  </>
);
