import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import {
  AutocompleteInput,
  DateInput,
  email,
  ReferenceInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Title,
  Toolbar,
  useBasename,
  useCreate,
  useGetIdentity,
  useNotify,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Section } from '../../common/Section';
import { beneficiaryName } from '../common/BeneficiaryName';
import { sexChoices } from '../common/choices';
import { validateFiscalCode } from '../model/fiscalCode';
import { beneficiaryPayload, casePayload, romeToday, type IntakeValues } from '../model/intake';
import { FieldRow } from '../common/FieldRow';

const byName = { field: 'name', order: 'ASC' } as const;
const byLastName = { field: 'lastName', order: 'ASC' } as const;
const validateEmail = email();

/** The new person's fields, hidden when a person already registered was picked. */
const NewPersonInputs = ({ municipalities }: { municipalities: { id: string; name: string }[] }) => {
  const existing = useWatch({ name: 'existingBeneficiary' });
  return (
    <>
      {existing ? null : (
        <Stack spacing={0} sx={{ width: '100%' }}>
          <FieldRow>
            <TextInput source="lastName" resource="beneficiaries" />
            <TextInput source="firstName" resource="beneficiaries" />
            <TextInput source="fiscalCode" resource="beneficiaries" validate={validateFiscalCode} />
          </FieldRow>
          <FieldRow>
            <DateInput source="birthDate" resource="beneficiaries" />
            <SelectInput source="sex" resource="beneficiaries" choices={sexChoices} emptyText="—" />
            <TextInput source="citizenship" resource="beneficiaries" />
          </FieldRow>
          <FieldRow>
            <TextInput source="address" resource="beneficiaries" />
            <TextInput source="phone" resource="beneficiaries" />
            <TextInput source="email" resource="beneficiaries" validate={validateEmail} />
          </FieldRow>
        </Stack>
      )}
      <SelectInput source="municipality" resource="cases" choices={municipalities} sx={{ minWidth: 260 }} helperText={false} />
    </>
  );
};

const IntakeToolbar = () => {
  const translate = useTranslate();
  return (
    <Toolbar>
      <SaveButton label={translate('cases.intake.save')} alwaysEnable />
    </Toolbar>
  );
};

/**
 * The segretariato's intake: registers a walk-in citizen (or picks one already registered in the comune)
 * and opens their case file, then shows it. The operator's comuni are the only choices; the server
 * refuses any other.
 */
export const IntakePage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const basename = useBasename();
  const [create] = useCreate();
  const { identity } = useGetIdentity();
  const municipalities = ((identity?.municipalities as { documentId: string; name: string }[] | undefined) ?? []).map((m) => ({
    id: m.documentId,
    name: m.name,
  }));

  const save = async (values: Record<string, unknown>) => {
    const intake = values as IntakeValues;
    const person = beneficiaryPayload(intake);
    if (person && (!person.firstName || !person.lastName || !intake.municipality)) {
      notify('cases.intake.personRequired', { type: 'error' });
      return { lastName: 'ra.validation.required', firstName: 'ra.validation.required', municipality: 'ra.validation.required' };
    }
    if (!intake.municipality) return { municipality: 'ra.validation.required' };
    try {
      let beneficiaryId = intake.existingBeneficiary as string;
      if (person) {
        const created = await create('beneficiaries', { data: person }, { returnPromise: true });
        beneficiaryId = String((created as RaRecord).id);
      }
      const opened = (await create(
        'cases',
        { data: casePayload(intake, beneficiaryId, romeToday()) },
        { returnPromise: true }
      )) as RaRecord;
      notify('cases.intake.saved', { type: 'success' });
      navigate(`${basename}/cases/${encodeURIComponent(String(opened.id))}/show`);
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      return body?.errors ?? {};
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 1000 }}>
      <Title title="cases.intake.title" />
      <CardContent>
        <Typography variant="h5" component="h1">
          {translate('cases.intake.title')}
        </Typography>
        <Typography color="text.secondary">{translate('cases.intake.intro')}</Typography>
      </CardContent>
      <SimpleForm
        onSubmit={save}
        toolbar={<IntakeToolbar />}
        defaultValues={{ municipality: municipalities.length === 1 ? municipalities[0].id : undefined }}
        key={municipalities.map((m) => m.id).join()}
      >
        <Section title="cases.intake.person">
          <ReferenceInput source="existingBeneficiary" reference="beneficiaries" sort={byLastName}>
            <AutocompleteInput
              label="cases.intake.existing"
              helperText="cases.intake.existingHint"
              optionText={beneficiaryName}
              filterToQuery={(text) => ({ lastName_containsi: text })}
              sx={{ minWidth: 360 }}
            />
          </ReferenceInput>
          <NewPersonInputs municipalities={municipalities} />
        </Section>
        <Section title="cases.intake.case">
          <ReferenceInput source="service" reference="services" sort={byName}>
            <AutocompleteInput optionText="name" label="resources.cases.fields.service" sx={{ minWidth: 360 }} />
          </ReferenceInput>
          <TextInput source="summary" resource="cases" multiline minRows={3} fullWidth />
        </Section>
      </SimpleForm>
    </Card>
  );
};
