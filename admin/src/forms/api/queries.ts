import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormsApi } from './useFormsApi';

/** The keys of the forms engine's cached answers (react-query, shared with react-admin). */
export const formsKeys = {
  all: ['forms'] as const,
  definitions: ['forms', 'definitions'] as const,
  definition: (key: string) => ['forms', 'definition', key] as const,
  published: (key: string) => ['forms', 'published', key] as const,
  submissions: ['forms', 'submissions'] as const,
  submission: (id: string) => ['forms', 'submission', id] as const,
  diff: (key: string, from: number, to: number) => ['forms', 'diff', key, from, to] as const,
};

/** The forms the user may fill (the UdP: every form, with all its versions). */
export function useFormDefinitions() {
  const api = useFormsApi();
  return useQuery({ queryKey: formsKeys.definitions, queryFn: () => api.formsDefinitions() });
}

/** One form with all its versions (designer). */
export function useFormDefinition(key: string) {
  const api = useFormsApi();
  return useQuery({ queryKey: formsKeys.definition(key), queryFn: () => api.formsDefinition(key) });
}

/** The version new submissions of a form use. */
export function usePublishedForm(key: string) {
  const api = useFormsApi();
  return useQuery({ queryKey: formsKeys.published(key), queryFn: () => api.formsPublished(key) });
}

/** The user's own submissions (the UdP: all of them). */
export function useSubmissions() {
  const api = useFormsApi();
  return useQuery({ queryKey: formsKeys.submissions, queryFn: () => api.formsSubmissions() });
}

/** One submission with the definition of its own version. */
export function useSubmission(id: string) {
  const api = useFormsApi();
  return useQuery({ queryKey: formsKeys.submission(id), queryFn: () => api.formsSubmission(id) });
}

/** Forgets every cached answer of the forms engine (after a write). */
export function useInvalidateForms() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: formsKeys.all });
}
