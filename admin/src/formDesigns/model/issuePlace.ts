import type { Field, FormDefinition } from '@forms-shared';
import { pick, type Language } from '../../forms/model/localized';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * Where a problem of the definition is, in words: `sections.0.fields.3.options.2.label.en` →
 * «Nucleo» › «Condizione abitativa» › opzione 3 › etichetta (EN). Never the raw path.
 */
export function issuePlace(definition: FormDefinition, path: string, translate: Translate, language: Language): string {
  const parts = path
    .replace(/^definition\./, '')
    .split('.')
    .filter(Boolean);
  const words: string[] = [];
  let fields: Field[] | undefined;
  let field: Field | undefined;
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i];
    const next = Number(parts[i + 1]);
    if (part === 'sections' && Number.isInteger(next)) {
      const section = definition.sections[next];
      words.push(
        section ? `«${pick(section.title, language) || section.key}»` : translate('forms.designer.place.section', { n: next + 1 })
      );
      fields = section?.fields;
      i += 1;
    } else if (part === 'fields' && Number.isInteger(next)) {
      field = fields?.[next];
      words.push(
        field ? `«${pick(field.label, language) || field.key}»` : translate('forms.designer.place.field', { n: next + 1 })
      );
      fields = field?.type === 'group' ? field.fields : undefined;
      i += 1;
    } else if (part === 'options' && Number.isInteger(next)) {
      const option = field && 'options' in field ? field.options[next] : undefined;
      words.push(
        option?.label.it
          ? `${translate('forms.designer.place.option')} «${pick(option.label, language)}»`
          : translate('forms.designer.place.optionN', { n: next + 1 })
      );
      i += 1;
    } else if (part === 'rules' && Number.isInteger(next)) {
      words.push(translate('forms.designer.place.rule', { n: next + 1 }));
      i += 1;
    } else if (part === 'it' || part === 'en') {
      words[words.length - 1] = `${words[words.length - 1]} (${part.toUpperCase()})`;
    } else {
      words.push(translate(`forms.designer.properties.${part}`, { _: part }));
    }
  }
  return words.join(' › ');
}
