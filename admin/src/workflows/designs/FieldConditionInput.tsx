import { useInput, useSourceContext } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { JsonLogicExpression } from '@forms-shared';
import { ConditionBuilder } from '../../formDesigns/designer/builders/ConditionBuilder';
import { useDesignerSettings } from './designerContext';
import { usePublishedForms, workflowFieldsOf } from './usePublishedForms';

/**
 * "The fields of form X satisfy …": the forms designer's condition builder (the same component) over the
 * fields of the chosen published form, written as the engine's expression guard (`forms.<form>.<field>`).
 */
export const FieldConditionInput = () => {
  const { language } = useDesignerSettings();
  const { getSource } = useSourceContext();
  const formKey = useWatch({ name: getSource('conditionForm') }) as string | undefined;
  const form = usePublishedForms(language).find((choice) => choice.id === formKey);
  const { field, fieldState } = useInput({ source: 'expression' });
  if (!form) return null;
  return (
    <ConditionBuilder
      id={getSource('expression').replace(/\./g, '-')}
      value={field.value as JsonLogicExpression | undefined}
      onChange={(next) => field.onChange(next)}
      fields={workflowFieldsOf(form)}
      language={language}
      errors={fieldState.error?.message ? [fieldState.error.message] : undefined}
      title={form.name}
    />
  );
};
