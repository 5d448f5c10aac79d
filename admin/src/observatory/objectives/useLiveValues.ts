import { useQuery } from '@tanstack/react-query';
import { useObservatoryApi } from '../api/ObservatoryData';
import type { Indicator } from '../api/types';
import { yearsToCompute } from './liveYears';

/** A computed indicator's values over its objective's period, counted by the server now. */
export function useLiveValues(indicator: Indicator, period: string | undefined) {
  const api = useObservatoryApi();
  const years = indicator.kind === 'computed' ? yearsToCompute(period) : null;
  return useQuery({
    queryKey: ['observatory', 'compute', indicator.documentId, years?.from, years?.to],
    queryFn: () => api.observatoryComputeIndicator(indicator.documentId, years!.from, years!.to),
    enabled: years !== null,
  });
}
