import { useDataProvider } from 'react-admin';
import type { CopaymentApi } from './copaymentApi';

/** The co-payment methods of the console's data provider (see createCopaymentApi, wired in App.tsx). */
export const useCopaymentApi = () => useDataProvider() as unknown as CopaymentApi;
