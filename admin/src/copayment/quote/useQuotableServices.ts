import { useMemo } from 'react';
import { useGetList, useGetMany } from 'react-admin';
import type { Unit } from '../../../../src/copayment/contracts';

export interface QuotableService {
  id: string;
  name: string;
  unit: Unit;
}

/** The services that have a co-payment tariff, with their unit (hour, trip, ...), for the calculator's choices. */
export function useQuotableServices(): { services: QuotableService[]; isPending: boolean } {
  const { data: tariffs, isPending } = useGetList('copayment-tariffs', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'createdAt', order: 'ASC' },
    meta: { populate: { service: { fields: ['name'] } } },
  });
  const units = useMemo(() => {
    const map = new Map<string, Unit>();
    for (const tariff of tariffs ?? []) if (tariff.service && !map.has(tariff.service)) map.set(tariff.service, tariff.unit);
    return map;
  }, [tariffs]);
  const { data: services, isPending: namesPending } = useGetMany(
    'services',
    { ids: [...units.keys()] },
    { enabled: units.size > 0 }
  );
  const list = useMemo(
    () =>
      (services ?? [])
        .map((s) => ({ id: String(s.id), name: String(s.name), unit: units.get(String(s.id)) as Unit }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [services, units]
  );
  return { services: list, isPending: isPending || (units.size > 0 && namesPending) };
}
