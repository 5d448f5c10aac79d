import { useDataProvider, type DataProvider } from 'react-admin';
import type { WorkflowsApi } from './workflowsApi';

/** The workflows engine's API, through react-admin's data provider (token, refresh, sign-out on 401). */
export const useWorkflowsApi = () => useDataProvider<DataProvider & WorkflowsApi>();
