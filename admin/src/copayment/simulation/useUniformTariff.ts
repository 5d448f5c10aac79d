import { useMemo } from 'react';
import { useGetList, type RaRecord } from 'react-admin';
import type { TariffParameters } from '../../../../src/copayment/contracts';

export type UniformTariff = RaRecord & TariffParameters & { regulation: string };

const today = () => new Date().toISOString().slice(0, 10);

/** The uniform district tariff of a service in force today (the proposal the UdP edits), and its regulation. */
export function useUniformTariff(service: string | undefined): {
  tariff: UniformTariff | undefined;
  regulationName: string | undefined;
  isPending: boolean;
} {
  const regulations = useGetList('copayment-regulations', {
    filter: { scheme: 'uniform' },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'validFrom', order: 'DESC' },
  });
  const tariffs = useGetList(
    'copayment-tariffs',
    { filter: { service }, pagination: { page: 1, perPage: 100 }, meta: { populate: { regulation: { fields: ['name'] } } } },
    { enabled: !!service }
  );
  return useMemo(() => {
    const day = today();
    const inForce = (regulations.data ?? []).find((r) => r.validFrom <= day && (!r.validTo || r.validTo >= day));
    const tariff = (tariffs.data ?? []).find((t) => t.regulation === inForce?.id) as UniformTariff | undefined;
    return { tariff, regulationName: inForce?.name as string | undefined, isPending: regulations.isPending || tariffs.isPending };
  }, [regulations.data, regulations.isPending, tariffs.data, tariffs.isPending]);
}
