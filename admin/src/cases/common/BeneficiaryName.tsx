import { ReferenceField, type RaRecord } from 'react-admin';

/** "Rossi Prova" for a beneficiary record: the beneficiaries' recordRepresentation. */
export const beneficiaryName = (record: RaRecord | undefined): string =>
  record ? [record.lastName, record.firstName].filter(Boolean).join(' ') || String(record.id) : '';

/** The beneficiary of the record in hand (case, voucher), by name, linked to their page when `link`. */
export const BeneficiaryField = ({
  source = 'beneficiary',
  link = false,
}: {
  source?: string;
  link?: false | 'show';
  label?: string;
}) => <ReferenceField source={source} reference="beneficiaries" link={link} emptyText="—" />;
