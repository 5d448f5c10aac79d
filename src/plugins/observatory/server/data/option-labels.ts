import type { Core } from '@strapi/strapi';
import { indexDefinition } from '../../../forms/shared/definition-index';
import type { FormDefinition } from '../../../forms/shared/types';

export type Labels = Map<string, { it: string; en: string }>;

/**
 * The labels of a choice field's options over every version of a form (the newest wins), so that
 * exports print "Casa e abitare", not the stored code `casa`.
 */
export async function optionLabels(strapi: Core.Strapi, formKey: string, fieldKey: string): Promise<Labels> {
  const form = (await strapi.db.query('plugin::forms.form').findOne({
    where: { key: formKey },
    select: ['id'],
    populate: { versions: { select: ['version', 'definition'] } },
  })) as { versions?: { version: number; definition: FormDefinition | null }[] } | null;
  const labels: Labels = new Map();
  const versions = [...(form?.versions ?? [])].sort((a, b) => b.version - a.version);
  for (const version of versions) {
    if (!version.definition || !Array.isArray(version.definition.sections)) continue;
    for (const { field } of indexDefinition(version.definition).fields) {
      if (field.key !== fieldKey || !('options' in field)) continue;
      for (const option of field.options) {
        if (!labels.has(option.code)) labels.set(option.code, { it: option.label.it, en: option.label.en || option.label.it });
      }
    }
  }
  return labels;
}
