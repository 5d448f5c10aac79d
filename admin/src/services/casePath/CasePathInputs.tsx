import { Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import {
  ArrayInput,
  CheckboxGroupInput,
  required,
  SelectInput,
  SimpleFormIterator,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useSharedFieldProps } from '../../common/contentLocale/contentLocale';
import { Section } from '../../common/Section';
import { useFormsApi } from '../../forms/api/useFormsApi';
import { useWorkflowsApi } from '../../workflows/api/useWorkflowsApi';
import { CASE_FORM_PURPOSES, CASE_FORM_ROLES, formChoices, transitionChoices, workflowChoices } from './casePathChoices';

const purposeChoices = CASE_FORM_PURPOSES.map((p) => ({ id: p, name: `casePath.purposes.${p}` }));
const roleChoices = CASE_FORM_ROLES.map((r) => ({ id: r, name: `roles.${r}` }));
const validateRequired = required();
/** "Nessuno" is stored as null (react-admin's selects give an empty string). */
const emptyAsNull = (value: unknown) => (value === '' ? null : value);

/** The published workflows and forms the UdP picks from (names, never keys). */
function useCasePathSources() {
  const workflowsApi = useWorkflowsApi();
  const formsApi = useFormsApi();
  const workflows = useQuery({ queryKey: ['workflows', 'definitions'], queryFn: () => workflowsApi.workflowsDefinitions() });
  const forms = useQuery({ queryKey: ['forms', 'definitions'], queryFn: () => formsApi.formsDefinitions() });
  return { workflows: workflows.data ?? [], forms: forms.data ?? [] };
}

/** The transition a form is required before: one of the chosen workflow's, by its label. */
const RequiredBeforeInput = ({ choices, disabled }: { choices: { id: string; name: string }[]; disabled: boolean }) => (
  <SelectInput
    source="requiredBefore"
    label="casePath.requiredBefore"
    choices={choices}
    translateChoice={false}
    emptyText="casePath.noTransition"
    parse={emptyAsNull}
    helperText={disabled ? 'casePath.chooseWorkflowFirst' : 'casePath.requiredBeforeHelp'}
    disabled={disabled}
    sx={{ minWidth: 300 }}
  />
);

/**
 * "Percorso della pratica" on a service: the workflow a new case starts, and the forms of its cases (purpose,
 * who fills them, the transition each is required before). Pickers only: the server checks everything again.
 */
export const CasePathInputs = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const shared = useSharedFieldProps();
  const { workflows, forms } = useCasePathSources();
  const caseWorkflow = useWatch({ name: 'caseWorkflow' }) as string | null | undefined;
  const transitions = transitionChoices(workflows, caseWorkflow, locale);
  return (
    <Section title="casePath.title">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('casePath.help')}
      </Typography>
      <SelectInput
        source="caseWorkflow"
        label="casePath.workflow"
        choices={workflowChoices(workflows, locale)}
        translateChoice={false}
        emptyText="casePath.noWorkflow"
        parse={emptyAsNull}
        helperText="casePath.workflowHelp"
        sx={{ minWidth: 320 }}
        readOnly={shared.readOnly}
      />
      <ArrayInput source="caseForms" label="casePath.forms">
        <SimpleFormIterator inline disableReordering disableAdd={shared.readOnly} disableRemove={shared.readOnly}>
          <SelectInput
            source="form"
            label="casePath.form"
            choices={formChoices(forms, locale)}
            translateChoice={false}
            validate={validateRequired}
            sx={{ minWidth: 260 }}
          />
          <SelectInput
            source="purpose"
            label="casePath.purpose"
            choices={purposeChoices}
            validate={validateRequired}
            sx={{ minWidth: 180 }}
          />
          <CheckboxGroupInput source="roles" label="casePath.roles" choices={roleChoices} validate={validateRequired} />
          <RequiredBeforeInput choices={transitions} disabled={!caseWorkflow} />
        </SimpleFormIterator>
      </ArrayInput>
    </Section>
  );
};
