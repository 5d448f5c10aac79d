import { FilterButton, TopToolbar, useCanAccess, useListContext } from 'react-admin';
import type { ObservatoryList } from '../api/observatoryApi';
import { ExportButtons } from './ExportButtons';

/** A list's filters button and the server's CSV/XLSX export with the filters on screen. */
export const ListActions = ({ what, resource }: { what: ObservatoryList; resource: string }) => {
  const { filterValues } = useListContext();
  const { canAccess } = useCanAccess({ resource, action: 'export' });
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      <FilterButton />
      {canAccess && <ExportButtons what={what} filters={filterValues} />}
    </TopToolbar>
  );
};
