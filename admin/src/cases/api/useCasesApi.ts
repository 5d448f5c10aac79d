import { useDataProvider } from 'react-admin';
import type { CasesApi } from './casesApi';

/** The case-file methods of the console's data provider (see createCasesApi, wired in App.tsx). */
export const useCasesApi = () => useDataProvider() as unknown as CasesApi;
