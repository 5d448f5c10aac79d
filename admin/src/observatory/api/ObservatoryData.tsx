import { useMemo, type ReactNode } from 'react';
import { DataProviderContext, useDataProvider, type DataProvider } from 'react-admin';
import type { ObservatoryApi } from './observatoryApi';
import { observatoryDataProvider } from './observatoryDataProvider';

/** The observatory methods of the console's data provider (createObservatoryApi, spread into it in App.tsx). */
export const useObservatoryApi = () => useDataProvider<DataProvider & ObservatoryApi>();

/** Lets react-admin's lists, shows and edits below read the `observatory-*` resources (see observatoryDataProvider). */
export const ObservatoryData = ({ children }: { children: ReactNode }) => {
  const base = useObservatoryApi();
  const value = useMemo(() => observatoryDataProvider(base), [base]);
  return <DataProviderContext.Provider value={value}>{children}</DataProviderContext.Provider>;
};

/** A page of the observatory wrapped in ObservatoryData. */
export function withObservatoryData<P extends object>(Component: (props: P) => ReactNode) {
  const Wrapped = (props: P) => (
    <ObservatoryData>
      <Component {...props} />
    </ObservatoryData>
  );
  Wrapped.displayName = `WithObservatoryData(${Component.name})`;
  return Wrapped;
}
