import { Admin, CustomRoutes, localStorageStore, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { createMailApi } from './account/mailApi';
import { lazyPage } from './common/lazyPage';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import accreditations from './accreditations';
import areas from './areas';
import copayment, { createCopaymentApi, withCopaymentAccess } from './copayment';
import { createCasesApi } from './cases/api/casesApi';
import { casesResources } from './cases/resources';
import { Dashboard } from './dashboard/Dashboard';
import fillForms from './fillForms';
import formDesigns from './formDesigns';
import { createFormsApi } from './forms/api/formsApi';
import fundingSources from './fundingSources';
import { governanceDataProvider } from './governance/api/governanceApi';
import { governanceResources } from './governance/resources';
import { i18nProvider } from './i18n/i18nProvider';
import { AmbitoLayout } from './layout/AmbitoLayout';
import { LoginPage } from './layout/LoginPage';
import measures from './measures';
import municipalities from './municipalities';
import { createObservatoryApi } from './observatory/api/observatoryApi';
import { observatoryResources } from './observatory/resources';
import { createAuthProvider } from './providers/authProvider';
import { createFetchWithRefresh } from './providers/fetchWithRefresh';
import { createHttpClient } from './providers/httpClient';
import { sessionProfile, sessionTokens } from './providers/session';
import { strapiDataProvider } from './providers/strapiDataProvider';
import serviceProviders from './serviceProviders';
import services from './services';
import submissions from './submissions';
import { darkTheme, lightTheme } from './theme';
import { workflowsResources } from './workflows/resources';
import { createWorkflowsApi } from './workflows/api/workflowsApi';

/** Strapi serves the API on the same origin (Vite proxies it in development). */
const API_URL = '/api';
/** Strapi serves the console here, with index.html for every path below it. */
const BASENAME = '/console';

const platformFetch: typeof fetch = (input, init) => window.fetch(input, init);
const fetchWithAuth = createFetchWithRefresh({
  fetch: platformFetch,
  tokens: sessionTokens,
  refreshUrl: `${API_URL}/auth/refresh`,
});
const httpClient = createHttpClient({ fetchWithAuth, getLanguage: () => document.documentElement.lang });
const dataProvider = {
  ...strapiDataProvider(API_URL, httpClient),
  ...createFormsApi(API_URL, httpClient, fetchWithAuth),
  ...createCopaymentApi(API_URL, httpClient, fetchWithAuth),
  ...createCasesApi(API_URL, httpClient, fetchWithAuth),
  ...createWorkflowsApi(API_URL, httpClient),
  ...governanceDataProvider(API_URL, httpClient, fetchWithAuth, strapiDataProvider(API_URL, httpClient)),
  ...createObservatoryApi(API_URL, httpClient, fetchWithAuth),
  ...createMailApi(API_URL, httpClient),
};
const ProfilePage = lazyPage(() => import('./account/ProfilePage'), 'ProfilePage');
const authProvider = withCopaymentAccess(
  createAuthProvider({
    apiUrl: API_URL,
    fetch: platformFetch,
    fetchWithAuth,
    httpClient,
    tokens: sessionTokens,
    profiles: sessionProfile,
  })
);
const store = localStorageStore(undefined, 'ambito-console');

const AmbitoAdmin = () => (
  <Admin
    basename={BASENAME}
    title="ambito.title"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    store={store}
    dashboard={Dashboard}
    loginPage={LoginPage}
    layout={AmbitoLayout}
    theme={lightTheme}
    darkTheme={darkTheme}
    requireAuth
    disableTelemetry
  >
    {casesResources}
    <Resource name="forms" {...fillForms} />
    <Resource name="form-submissions" {...submissions} />
    <Resource name="form-designs" {...formDesigns} />
    <Resource name="services" {...services} />
    <Resource name="providers" {...serviceProviders} />
    <Resource name="accreditations" {...accreditations} />
    <Resource name="municipalities" {...municipalities} />
    <Resource name="areas" {...areas} />
    <Resource name="funding-sources" {...fundingSources} />
    <Resource name="measures" {...measures} />
    <Resource name="copayment-quote" {...copayment.quote} />
    <Resource name="copayment-simulation" {...copayment.simulation} />
    <Resource name="copayment-tariffs" {...copayment.tariffs} />
    <Resource name="copayment-regulations" {...copayment.regulations} />
    {workflowsResources}
    {governanceResources}
    {observatoryResources}
    <CustomRoutes>
      <Route path="/profile" element={<ProfilePage />} />
    </CustomRoutes>
  </Admin>
);

/** A hash-free data router (needed to warn about unsaved changes), with the console under /console. */
const router = createBrowserRouter([{ path: `${BASENAME}/*`, element: <AmbitoAdmin /> }]);

/**
 * Router updates outside React transitions: in a transition the old route stays mounted while react-admin's
 * logout clears its query cache, so the auth check of the old route runs again, logs out again and restarts
 * the navigation — about a thousand times (~10 s) before the login form of a fresh browser showed.
 */
export const App = () => <RouterProvider router={router} useTransitions={false} />;
