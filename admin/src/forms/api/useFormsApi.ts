import { useDataProvider, type DataProvider } from 'react-admin';
import type { FormsApi } from './formsApi';

/** The forms engine's API, through react-admin's data provider (token, refresh, sign-out on 401). */
export const useFormsApi = () => useDataProvider<DataProvider & FormsApi>();
