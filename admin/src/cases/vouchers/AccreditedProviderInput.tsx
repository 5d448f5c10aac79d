import { ReferenceInput, required, SelectInput, useGetList } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { accreditedProviders, type AccreditationRow } from '../model/accredited';
import { romeToday } from '../model/intake';

const byName = { field: 'name', order: 'ASC' } as const;
const validateRequired = required();

/**
 * The provider the citizen chose for a voucher, among those holding an accreditation for the form's
 * service that is active and valid today (the server refuses any other, in the same words).
 */
export const AccreditedProviderInput = () => {
  const service = useWatch({ name: 'service' }) as string | undefined;
  const today = romeToday();
  const { data, isPending } = useGetList(
    'accreditations',
    {
      filter: { service, status: 'active', validFrom_lte: today },
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'validFrom', order: 'ASC' },
      meta: { populate: ['provider'] },
    },
    { enabled: !!service }
  );
  const providers = accreditedProviders((data ?? []) as AccreditationRow[], today);

  if (!service || isPending || providers.length === 0) {
    const hint = !service ? 'cases.voucher.chooseService' : isPending ? ' ' : 'cases.voucher.noAccredited';
    return (
      <SelectInput
        source="provider"
        resource="vouchers"
        choices={[]}
        disabled
        helperText={hint}
        validate={validateRequired}
        sx={{ minWidth: 420 }}
      />
    );
  }
  return (
    <ReferenceInput source="provider" reference="providers" filter={{ id: providers }} sort={byName} perPage={100}>
      <SelectInput optionText="name" validate={validateRequired} helperText="cases.voucher.providerHint" sx={{ minWidth: 420 }} />
    </ReferenceInput>
  );
};
