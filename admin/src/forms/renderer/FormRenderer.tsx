import { useMemo, useRef, useState, type ReactNode } from 'react';
import { Alert, AlertTitle, Box, Button, List, ListItem, Stack } from '@mui/material';
import { compileForm, getCompiledForm, FormDefinitionError, type CompiledForm, type FormDefinition } from '@forms-shared';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useLocaleState, useTranslate } from 'react-admin';
import { flattenErrors, type PlacedError } from '../model/fieldErrors';
import { allFields, focusInput, formOrder, isGroupPath } from '../model/fieldPaths';
import { formResolver } from '../model/formResolver';
import { toData, toFormValues, type FormValues } from '../model/formValues';
import { languageOf } from '../model/localized';
import { ErrorSummary } from './ErrorSummary';
import { RendererContext } from './RendererContext';
import { SectionView } from './SectionView';

export interface FormRendererProps {
  definition: FormDefinition;
  /** Caches the compiled validator under this key (a version's documentId); the designer's preview gives none. */
  cacheKey?: string;
  /** Stored data of an existing submission; a new one starts from the fields' defaults. */
  data?: Record<string, unknown>;
  readOnly?: boolean;
  /** Called with the engine's data once the client validation passes; returns the server's field errors, if any. */
  onSubmit?: (data: Record<string, unknown>) => Promise<PlacedError[] | void>;
  submitLabel?: string;
  /** Shown beside the submit button. */
  actions?: ReactNode;
}

/**
 * Renders a form definition with react-hook-form: the shared engine decides what is shown, computes the
 * calculated fields while the user types and validates on blur and on submit, exactly as the server will.
 */
export const FormRenderer = (props: FormRendererProps) => {
  const compiled = useMemo((): { form: CompiledForm } | { error: unknown } => {
    try {
      return { form: props.cacheKey ? getCompiledForm(props.cacheKey, props.definition) : compileForm(props.definition) };
    } catch (error) {
      return { error };
    }
  }, [props.cacheKey, props.definition]);
  if ('error' in compiled) return <InvalidDefinition error={compiled.error} />;
  return <CompiledFormView {...props} form={compiled.form} />;
};

const InvalidDefinition = ({ error }: { error: unknown }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const issues = error instanceof FormDefinitionError ? error.issues : [];
  return (
    <Alert severity="warning">
      <AlertTitle>{translate('forms.renderer.invalidDefinition')}</AlertTitle>
      <List dense disablePadding>
        {issues.map((issue) => (
          <ListItem key={issue.message} disableGutters sx={{ py: 0 }}>
            {issue.path}: {issue[languageOf(locale)]}
          </ListItem>
        ))}
      </List>
      {issues.length === 0 ? String(error) : null}
    </Alert>
  );
};

const CompiledFormView = ({
  form,
  data,
  readOnly = false,
  onSubmit,
  submitLabel,
  actions,
}: FormRendererProps & { form: CompiledForm }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const languageRef = useRef(language);
  languageRef.current = language;
  const fields = useMemo(() => allFields(form.definition), [form]);
  const [serverErrors, setServerErrors] = useState<PlacedError[]>([]);
  // The starting values, read once: the form keeps its own state afterwards (the preview's too, while edited).
  const [defaultValues] = useState(() => toFormValues(fields, data ?? {}, language, data === undefined));
  const methods = useForm<FormValues>({
    defaultValues,
    resolver: formResolver(form, () => languageRef.current),
    mode: 'onBlur',
    reValidateMode: 'onChange',
    // Focus goes to the first wrong input in the form's order (react-hook-form's is the order inputs mounted in).
    shouldFocusError: false,
  });
  const values = useWatch({ control: methods.control }) as FormValues;
  const evaluation = useMemo(() => form.evaluate(toData(fields, values)), [form, fields, values]);
  const { errors, isSubmitted, isSubmitting } = methods.formState;
  const summary = isSubmitted ? [...flattenErrors(errors), ...serverErrors.filter((error) => error.path === null)] : [];

  const byForm = useMemo(() => formOrder(fields), [fields]);
  const focusFirst = (placed: PlacedError[]) => {
    const first = placed.filter((error) => error.path !== null).sort((a, b) => byForm(a.path, b.path))[0];
    if (first?.path) focusInput(first.path);
  };

  const submit = methods.handleSubmit(
    async (checked) => {
      setServerErrors([]);
      const refused = (await onSubmit?.(checked)) ?? [];
      for (const error of refused) {
        if (error.path === null) continue;
        methods.setError(isGroupPath(fields, error.path) ? `${error.path}.root` : error.path, {
          type: 'server',
          message: error.message,
        });
      }
      setServerErrors(refused);
      focusFirst(refused);
    },
    (invalid) => focusFirst(flattenErrors(invalid))
  );

  return (
    <RendererContext.Provider value={{ evaluation, language, readOnly }}>
      <FormProvider {...methods}>
        <Box component="form" noValidate onSubmit={submit}>
          <ErrorSummary definition={form.definition} errors={summary} language={language} />
          {form.definition.sections.map((section) => (
            <SectionView key={section.key} section={section} />
          ))}
          {!readOnly && onSubmit ? (
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Button type="submit" variant="contained" disabled={isSubmitting}>
                {submitLabel ?? translate('forms.renderer.submit')}
              </Button>
              {actions}
            </Stack>
          ) : (
            actions
          )}
        </Box>
      </FormProvider>
    </RendererContext.Provider>
  );
};
