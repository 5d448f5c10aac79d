import { Box } from '@mui/material';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  CheckboxGroupInput,
  ReferenceArrayInput,
  ReferenceInput,
  regex,
  required,
  TextInput,
} from 'react-admin';
import { Section } from '../common/Section';
import { FILLER_ROLES } from './model/metadata';

const validateKey = [regex(/^[a-z0-9][a-z0-9-]{1,79}$/, 'forms.designs.keyFormat')];
const validateTitle = [required()];
const validateRoles = [required()];
const roleChoices = FILLER_ROLES.map((role) => ({ id: role, name: `roles.${role}` }));
const byName = { field: 'name', order: 'ASC' } as const;

/** A form's metadata: key (derived from the title unless typed; fixed once created), title and description (English optional), who fills it, area, services. */
export const MetadataInputs = ({ editing = false }: { editing?: boolean }) => (
  <>
    <Section title="forms.designs.sections.identity">
      <TextInput
        source="key"
        label="forms.designs.fields.key"
        validate={validateKey}
        disabled={editing}
        helperText={editing ? 'forms.designs.keyHelp' : 'forms.designs.keyDerived'}
        fullWidth
      />
      <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <TextInput source="title.it" label="forms.designs.fields.titleIt" validate={validateTitle} fullWidth />
        <TextInput source="title.en" label="forms.designs.fields.titleEn" helperText="forms.designer.englishOptional" fullWidth />
        <TextInput source="description.it" label="forms.designs.fields.descriptionIt" multiline minRows={2} fullWidth />
        <TextInput source="description.en" label="forms.designs.fields.descriptionEn" multiline minRows={2} fullWidth />
      </Box>
    </Section>
    <Section title="forms.designs.sections.use">
      <CheckboxGroupInput
        source="roles"
        label="forms.designs.fields.roles"
        choices={roleChoices}
        validate={validateRoles}
        helperText="forms.designs.rolesHelp"
      />
      <ReferenceInput source="area" reference="areas" sort={byName} perPage={100}>
        <AutocompleteInput optionText="name" label="forms.designs.fields.area" fullWidth />
      </ReferenceInput>
      <ReferenceArrayInput source="services" reference="services" sort={byName} perPage={100}>
        <AutocompleteArrayInput optionText="name" label="forms.designs.fields.services" fullWidth />
      </ReferenceArrayInput>
    </Section>
  </>
);
