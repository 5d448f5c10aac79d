import type { ReactNode } from 'react';
import { CreateButton, FilterButton, TopToolbar, useCanAccess, useListContext } from 'react-admin';
import type { ExportDataset } from '../api/observatoryApi';
import { ExportButtons } from './ExportButtons';

/** The list's filters as the export reads them (a period as from/to years). */
function exportFilters(values: Record<string, unknown>): Record<string, unknown> {
  const { period, ...rest } = values;
  const years = typeof period === 'string' ? /^(\d{4})-(\d{4})$/.exec(period) : null;
  return years ? { ...rest, from: years[1], to: years[2] } : rest;
}

/** A list's filters button, the server's CSV/XLSX export with the filters on screen and, for who may, "Create". */
export const ListActions = ({ what, resource, children }: { what: ExportDataset; resource: string; children?: ReactNode }) => {
  const { filterValues } = useListContext();
  const { canAccess } = useCanAccess({ resource, action: 'export' });
  const { canAccess: canCreate } = useCanAccess({ resource, action: 'create' });
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      <FilterButton />
      {canCreate && <CreateButton resource={resource} />}
      {canAccess && <ExportButtons what={what} filters={exportFilters(filterValues)} />}
      {children}
    </TopToolbar>
  );
};
