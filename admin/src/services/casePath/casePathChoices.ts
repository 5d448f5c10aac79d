import type { FormSummary } from '../../forms/api/types';
import type { LocalizedText, WorkflowDefinition, WorkflowSummary } from '../../workflows/api/types';

/** The record type of case files in the workflows and forms engines. */
export const CASE_TYPE = 'api::case.case';
export const CASE_FORM_PURPOSES = ['accesso', 'valutazione', 'progetto', 'monitoraggio', 'chiusura'] as const;
/** Roles that fill forms on a case page. */
export const CASE_FORM_ROLES = ['operator', 'provider', 'udp'] as const;

export interface Choice {
  id: string;
  name: string;
}

/** A name in the console's language, Italian where the English is missing (forms' English is optional). */
const text = (value: { it: string; en?: string } | LocalizedText | null | undefined, language: string, fallback: string) =>
  (language === 'en' ? value?.en : value?.it) || value?.it || fallback;

const publishedOf = <T extends { status: string }>(versions: T[]) => versions.find((v) => v.status === 'published');

/** Workflows of case files with a published version, by name. */
export function workflowChoices(workflows: WorkflowSummary[], language: string): Choice[] {
  return workflows
    .filter((w) => w.contentType === CASE_TYPE && publishedOf(w.versions))
    .map((w) => ({ id: w.key, name: text(w.name, language, w.key) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Published forms, by title. */
export function formChoices(forms: FormSummary[], language: string): Choice[] {
  return forms
    .filter((f) => publishedOf(f.versions))
    .map((f) => ({ id: f.key, name: text(f.title, language, f.key) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The transitions of a workflow's published version, by label with the states they join ("Avvia istruttoria (Presentata → Istruttoria)"). */
export function transitionChoices(workflows: WorkflowSummary[], key: string | null | undefined, language: string): Choice[] {
  const workflow = workflows.find((w) => w.key === key);
  const definition: WorkflowDefinition | undefined = workflow ? publishedOf(workflow.versions)?.definition : undefined;
  if (!definition) return [];
  const stateName = (state: string) => text(definition.states.find((s) => s.key === state)?.label, language, state);
  return definition.transitions.map((t) => {
    const from = (Array.isArray(t.from) ? t.from : [t.from]).map(stateName).join(', ');
    return { id: t.key, name: `${text(t.label, language, t.key)} (${from} → ${stateName(t.to)})` };
  });
}
