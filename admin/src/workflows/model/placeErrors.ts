import type { Language } from '../../forms/model/localized';
import type { DesignValues } from './formValues';

/** The server's problems with a definition, placed on the designer's inputs. */
export interface PlacedErrors {
  /** Form field → message (several on one field joined). */
  fields: Record<string, string>;
  /** Problems with no input of their own (the whole definition, the list of states), in words. */
  general: string[];
}

/**
 * The form field that shows the problem at a definition path (`states.3.label.it`, `transitions.1.from.0`,
 * `transitions.2.guards.0.form`), or null when no input stands for it. Keys are not on screen: a problem
 * with a key is shown under the Italian name it is derived from.
 */
export function fieldOf(path: string): string | null {
  const parts = path.split('.');
  const [list, index, property, sub, subProperty] = parts;
  if (list === 'start') {
    if (index === 'roles') return 'start.roles';
    if (index === 'actions' && property !== undefined && /^\d+$/.test(property)) return `start.actions.${property}.type`;
    return null;
  }
  if ((list !== 'states' && list !== 'transitions') || index === undefined || !/^\d+$/.test(index)) return null;
  const row = `${list}.${index}`;
  if (property === undefined || property === 'key') return `${row}.label.it`;
  if (list === 'states') {
    if (property === 'label') return `${row}.label.${sub === 'en' ? 'en' : 'it'}`;
    if (property === 'deadline') return sub === 'days' ? `${row}.deadline.days` : `${row}.deadline.workingDays`;
    if (property === 'kind' || property === 'colour') return `${row}.${property}`;
    return `${row}.label.it`;
  }
  if (property === 'label') return `${row}.label.${sub === 'en' ? 'en' : 'it'}`;
  if (property === 'from' || property === 'roles' || property === 'to') return `${row}.${property}`;
  if (property === 'guards' && sub !== undefined && /^\d+$/.test(sub)) {
    if (subProperty === 'form') return `${row}.guards.${sub}.form`;
    if (subProperty === 'expression') return `${row}.guards.${sub}.expression`;
    if (subProperty === 'message') return `${row}.guards.${sub}.message.it`;
    return `${row}.guards.${sub}.type`;
  }
  if (property === 'actions' && sub !== undefined && /^\d+$/.test(sub)) return `${row}.actions.${sub}.type`;
  return `${row}.label.it`;
}

const WORDS = {
  it: {
    states: 'Stato',
    transitions: 'Passaggio',
    start: 'Avvio',
    definition: 'Definizione',
    migrate: 'Spostamento delle pratiche',
  },
  en: {
    states: 'State',
    transitions: 'Transition',
    start: 'Start',
    definition: 'Definition',
    migrate: 'Moving the running records',
  },
};

/** "Stato «Istruttoria»" for `states.2…`, "Passaggio «Approva»", "Avvio", "Definizione": never a path. */
export function placeOf(path: string, values: DesignValues | undefined, language: Language): string {
  const words = WORDS[language];
  const [list, index] = path.split('.');
  if ((list === 'states' || list === 'transitions') && index !== undefined && /^\d+$/.test(index)) {
    const name = (values?.[list]?.[Number(index)] as { label?: { it?: string; en?: string } } | undefined)?.label;
    const text = (language === 'en' ? name?.en || name?.it : name?.it) || `${Number(index) + 1}`;
    return `${words[list]} «${text}»`;
  }
  if (list === 'start') return words.start;
  if (list === 'migrate') return words.migrate;
  return words.definition;
}

/** `"open"` in a server message becomes «Aperto» when a state or transition of the draft has that key. */
export function withLabels(message: string, values: DesignValues | undefined, language: Language): string {
  const names = new Map<string, string>();
  for (const item of [...(values?.states ?? []), ...(values?.transitions ?? [])]) {
    if (item?.key) names.set(item.key, (language === 'en' ? item.label?.en || item.label?.it : item.label?.it) || item.key);
  }
  return message.replace(/"([a-z][a-z0-9-]*)"/g, (whole, key: string) => (names.has(key) ? `«${names.get(key)}»` : whole));
}

/**
 * From react-admin's HttpError `body.errors` (`{ 'definition.states.6': 'text', root: {...} }`) to field
 * errors and general problems, both in words: a problem whose path names no input is introduced by the
 * state or transition it is about, never by its path.
 */
export function placeDefinitionErrors(
  errors: Record<string, unknown> | undefined,
  values?: DesignValues,
  language: Language = 'it'
): PlacedErrors {
  const placed: PlacedErrors = { fields: {}, general: [] };
  for (const [rawPath, value] of Object.entries(errors ?? {})) {
    if (rawPath === 'root') continue;
    const message = withLabels(
      typeof value === 'string' ? value : String((value as { serverError?: string })?.serverError ?? ''),
      values,
      language
    );
    const path = rawPath.replace(/^definition\.?/, '');
    const field = fieldOf(path);
    if (field) placed.fields[field] = placed.fields[field] ? `${placed.fields[field]}; ${message}` : message;
    else placed.general.push(`${placeOf(path, values, language)}: ${message}`);
  }
  return placed;
}
