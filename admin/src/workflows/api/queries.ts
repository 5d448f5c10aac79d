import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { InstanceFilter } from './types';
import { useWorkflowsApi } from './useWorkflowsApi';

/** The keys of the workflows engine's cached answers (react-query, shared with react-admin). */
export const workflowsKeys = {
  all: ['workflows'] as const,
  definitions: ['workflows', 'definitions'] as const,
  definition: (key: string) => ['workflows', 'definition', key] as const,
  instances: (filter: InstanceFilter) => ['workflows', 'instances', filter] as const,
  instance: (id: string) => ['workflows', 'instance', id] as const,
  tasks: (status: string) => ['workflows', 'tasks', status] as const,
  notifications: (unread: boolean) => ['workflows', 'notifications', unread] as const,
};

/** Every workflow (the UdP) or the published ones the user's role takes part in. */
export function useWorkflowDefinitions() {
  const api = useWorkflowsApi();
  return useQuery({ queryKey: workflowsKeys.definitions, queryFn: () => api.workflowsDefinitions() });
}

/** One workflow with all its versions (designer, UdP). */
export function useWorkflowDefinition(key: string) {
  const api = useWorkflowsApi();
  return useQuery({ queryKey: workflowsKeys.definition(key), queryFn: () => api.workflowsDefinition(key) });
}

export function useWorkflowInstances(filter: InstanceFilter, enabled = true) {
  const api = useWorkflowsApi();
  return useQuery({ queryKey: workflowsKeys.instances(filter), queryFn: () => api.workflowsInstances(filter), enabled });
}

export function useWorkflowInstance(id: string) {
  const api = useWorkflowsApi();
  return useQuery({ queryKey: workflowsKeys.instance(id), queryFn: () => api.workflowsInstance(id) });
}

export function useWorkflowTasks(status: 'open' | 'done' | 'all') {
  const api = useWorkflowsApi();
  return useQuery({ queryKey: workflowsKeys.tasks(status), queryFn: () => api.workflowsTasks(status) });
}

export function useWorkflowNotifications(unread: boolean) {
  const api = useWorkflowsApi();
  return useQuery({ queryKey: workflowsKeys.notifications(unread), queryFn: () => api.workflowsNotifications(unread) });
}

/** Forgets every cached answer of the workflows engine (after a write). */
export function useInvalidateWorkflows() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: workflowsKeys.all });
}
