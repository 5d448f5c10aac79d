import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { DashboardFilters } from '../api/types';

/** The dashboard's area and comune, kept in the address so a filtered view can be reloaded and shared. */
export function useDashboardFilters(): [DashboardFilters, (next: DashboardFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters: DashboardFilters = {
    area: params.get('area') || undefined,
    municipality: params.get('municipality') || undefined,
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
  };
  const setFilters = useCallback(
    (next: DashboardFilters) => {
      const search = new URLSearchParams();
      if (next.area) search.set('area', next.area);
      if (next.municipality) search.set('municipality', next.municipality);
      if (next.from) search.set('from', next.from);
      if (next.to) search.set('to', next.to);
      setParams(search, { replace: true });
    },
    [setParams]
  );
  return [filters, setFilters];
}
