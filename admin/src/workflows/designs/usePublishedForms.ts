import { useMemo } from 'react';
import type { Field, FormDefinition } from '@forms-shared';
import { useFormDefinitions } from '../../forms/api/queries';
import { pick, type Language } from '../../forms/model/localized';
import { isComparable } from '../../formDesigns/model/readableFields';

export interface PublishedFormChoice {
  id: string;
  name: string;
  definition: FormDefinition;
}

/** The forms with a published version, as picker choices (their names; the key stays behind). */
export function usePublishedForms(language: Language): PublishedFormChoice[] {
  const { data } = useFormDefinitions();
  return useMemo(
    () =>
      (data ?? []).flatMap((form) => {
        const published = form.versions.find((version) => version.status === 'published');
        return published ? [{ id: form.key, name: pick(form.title, language), definition: published.definition }] : [];
      }),
    [data, language]
  );
}

/** The top-level fields of a form (not groups nor files), renamed `forms.<form>.<field>` as a workflow's expression reads them. */
export function workflowFieldsOf(form: PublishedFormChoice | undefined): Field[] {
  if (!form) return [];
  return form.definition.sections.flatMap((section) =>
    section.fields.filter(isComparable).map((field) => ({ ...field, key: `forms.${form.id}.${field.key}` }) as Field)
  );
}
