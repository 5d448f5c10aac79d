import type { LocalizedText, WorkflowSummary } from '../api/types';

/**
 * The labels of the states of a workflow version, from the definitions this user may read (the UdP: every
 * version; other roles: the published one). An unknown state shows its key.
 */
export function stateLabelsOf(
  workflows: WorkflowSummary[] | undefined,
  key: string,
  version: number
): Map<string, LocalizedText> {
  const workflow = workflows?.find((item) => item.key === key);
  const found =
    workflow?.versions.find((item) => item.version === version) ?? workflow?.versions.find((item) => item.status === 'published');
  return new Map((found?.definition.states ?? []).map((state) => [state.key, state.label]));
}
