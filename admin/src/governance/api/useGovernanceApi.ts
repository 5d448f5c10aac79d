import { useDataProvider } from 'react-admin';
import type { GovernanceApi } from './governanceApi';

/** The governance routes beyond CRUD, sent by the console's data provider. */
export const useGovernanceApi = () => useDataProvider() as unknown as GovernanceApi;
