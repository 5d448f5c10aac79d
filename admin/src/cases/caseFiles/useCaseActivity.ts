import { useQuery } from '@tanstack/react-query';
import { useCasesApi } from '../api/useCasesApi';
import type { WorkflowInstanceSummary } from '../api/types';

/** The workflow instances of a case, each with its history (the list route gives none, the detail does). */
export function useCaseWorkflows(caseId: string | undefined) {
  const api = useCasesApi();
  return useQuery({
    queryKey: ['cases', 'workflows', caseId],
    enabled: !!caseId,
    queryFn: async (): Promise<WorkflowInstanceSummary[]> => {
      const instances = await api.casesWorkflowInstances(caseId as string);
      return Promise.all(instances.map((instance) => api.casesWorkflowInstance(instance.documentId)));
    },
  });
}

/** The forms filled about a case that the user may read (their own; the UdP's all). */
export function useCaseSubmissions(caseId: string | undefined) {
  const api = useCasesApi();
  return useQuery({
    queryKey: ['cases', 'submissions', caseId],
    enabled: !!caseId,
    queryFn: () => api.casesSubmissions(caseId as string),
  });
}
