import { Labeled, ReferenceField, SelectField, TextField, useRecordContext, NumberField } from 'react-admin';
import { Stack } from '@mui/material';
import { LocaleDateField } from '../../common/LocaleFields';
import { Section } from '../../common/Section';
import { sexChoices } from '../common/choices';

const SENSITIVE = ['disability', 'healthNotes', 'iseeValue', 'courtMeasures'] as const;

/** Special-category data: only shown when the server returned them (it returns them only to roles that hold them). */
const SensitiveFields = () => {
  const record = useRecordContext();
  if (!record || !SENSITIVE.some((field) => record[field] !== undefined)) return null;
  return (
    <Section title="cases.show.sensitive">
      <Stack spacing={1}>
        <Labeled source="disability">
          <TextField source="disability" emptyText="—" />
        </Labeled>
        <Labeled source="healthNotes">
          <TextField source="healthNotes" emptyText="—" />
        </Labeled>
        <Labeled source="iseeValue">
          <NumberField source="iseeValue" options={{ style: 'currency', currency: 'EUR' }} emptyText="—" />
        </Labeled>
        <Labeled source="courtMeasures">
          <TextField source="courtMeasures" emptyText="—" />
        </Labeled>
      </Stack>
    </Section>
  );
};

/** A beneficiary's identity and contacts, then their special-category data when the caller may see them. */
export const BeneficiaryFields = () => (
  <Stack spacing={1}>
    <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap' }}>
      <Labeled source="lastName">
        <TextField source="lastName" />
      </Labeled>
      <Labeled source="firstName">
        <TextField source="firstName" />
      </Labeled>
      <Labeled source="fiscalCode">
        <TextField source="fiscalCode" emptyText="—" />
      </Labeled>
      <Labeled source="birthDate">
        <LocaleDateField source="birthDate" emptyText="—" />
      </Labeled>
      <Labeled source="sex">
        <SelectField source="sex" choices={sexChoices} emptyText="—" />
      </Labeled>
      <Labeled source="citizenship">
        <TextField source="citizenship" emptyText="—" />
      </Labeled>
    </Stack>
    <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap' }}>
      <Labeled source="municipality">
        <ReferenceField source="municipality" reference="municipalities" link={false} emptyText="—" />
      </Labeled>
      <Labeled source="address">
        <TextField source="address" emptyText="—" />
      </Labeled>
      <Labeled source="phone">
        <TextField source="phone" emptyText="—" />
      </Labeled>
      <Labeled source="email">
        <TextField source="email" emptyText="—" />
      </Labeled>
    </Stack>
    <SensitiveFields />
  </Stack>
);
