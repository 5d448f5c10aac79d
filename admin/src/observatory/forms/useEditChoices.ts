import { useQuery } from '@tanstack/react-query';
import { useGetList, useLocaleState } from 'react-admin';
import type { Field } from '@forms-shared';
import { BODY_TYPES, MEETING_STATUSES } from '../../../../src/plugins/governance/shared/types';
import { useFormsApi } from '../../forms/api/useFormsApi';
import { useFormDefinitions } from '../../forms/api/queries';
import { languageOf, pick } from '../../forms/model/localized';
import { useWorkflowDefinitions } from '../../workflows/api/queries';

/** A choice of a SelectInput: `id` is what the server stores (a code, a key, a documentId). */
export interface Choice {
  id: string;
  name: string;
}

const ALL = { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' as const } };

export function useServiceChoices(): Choice[] {
  const [locale] = useLocaleState();
  const { data } = useGetList('services', { ...ALL, meta: { locale } });
  return (data ?? []).map((s) => ({ id: String(s.code), name: String(s.name) }));
}

/** Governance decisions (not the other action items), by their text. */
export function useDecisionChoices(): Choice[] {
  const { data } = useGetList('governance-action-items', { ...ALL, sort: { field: 'id', order: 'DESC' } });
  return (data ?? []).filter((d) => d.kind === 'decision').map((d) => ({ id: String(d.id), name: String(d.text ?? d.id) }));
}

export function useObjectiveChoices(): Choice[] {
  const { data } = useGetList('observatory-objectives', { ...ALL, sort: { field: 'period', order: 'DESC' } });
  return (data ?? []).map((o) => ({ id: String(o.code), name: `${o.period} · ${o.name}` }));
}

export function useMunicipalityChoices(): Choice[] {
  const { data } = useGetList('municipalities', ALL);
  return (data ?? []).map((m) => ({ id: String(m.id), name: String(m.name) }));
}

export function useFormChoices(): Choice[] {
  const [locale] = useLocaleState();
  const { data } = useFormDefinitions();
  return (data ?? []).map((f) => ({ id: f.key, name: pick(f.title, languageOf(locale)) || f.key }));
}

/** A form's fields (published version), with their options: offered for the date, sum, comune and answer inputs. */
export interface FieldChoice extends Choice {
  type: Field['type'];
  options: Choice[];
}

export function useFormFieldChoices(form: string | undefined): FieldChoice[] {
  const api = useFormsApi();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const { data } = useQuery({
    queryKey: ['forms', 'published', form],
    queryFn: () => api.formsPublished(form!),
    enabled: !!form,
    retry: false,
  });
  const fields = (data?.definition.sections ?? []).flatMap((section) => section.fields);
  return fields.map((field) => ({
    id: field.key,
    name: `${pick(field.label, language)} (${field.key})`,
    type: field.type,
    options:
      'options' in field && Array.isArray(field.options)
        ? field.options.map((o) => ({ id: o.code, name: pick(o.label, language) || o.code }))
        : [],
  }));
}

/** Workflows by key, each with the states of its latest version. */
export function useWorkflowChoices(): (Choice & { states: Choice[] })[] {
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const { data } = useWorkflowDefinitions();
  return (data ?? []).map((w) => {
    const latest = [...w.versions].sort((a, b) => b.version - a.version)[0];
    return {
      id: w.key,
      name: pick(w.name, language) || w.key,
      // A state by its name only: its key is no word for the UdP (issue 14: no state key on a screen).
      states: (latest?.definition.states ?? []).map((s) => ({ id: s.key, name: pick(s.label, language) || s.key })),
    };
  });
}

export function useBodyChoices(): Choice[] {
  const { data } = useGetList('governance-bodies', ALL);
  return (data ?? []).map((b) => ({ id: String(b.code), name: String(b.name) }));
}

export const bodyTypeChoices: Choice[] = BODY_TYPES.map((type) => ({ id: type, name: `governance.bodyTypes.${type}` }));
export const meetingStatusChoices: Choice[] = MEETING_STATUSES.map((status) => ({
  id: status,
  name: `governance.meetingStatus.${status}`,
}));
