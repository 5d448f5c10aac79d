import type { RaRecord } from 'react-admin';

/** Field keys a case form may share with what the case file already knows (its values prefill them). */
const PERSON_KEYS = ['firstName', 'lastName', 'fiscalCode', 'birthDate', 'phone', 'email'] as const;

/**
 * The starting values of the intake record of a case: today's date, the case's comune as the front
 * desk, and what the beneficiary's record holds (name, fiscal code, birth date, contacts, residence).
 */
export function intakePrefill(
  caseRecord: RaRecord | undefined,
  beneficiary: RaRecord | undefined,
  today: string
): Record<string, unknown> {
  const data: Record<string, unknown> = { accessDate: today };
  if (typeof caseRecord?.municipality === 'string') data.municipality = caseRecord.municipality;
  for (const key of PERSON_KEYS) {
    const value = beneficiary?.[key];
    if (typeof value === 'string' && value !== '') data[key] = value;
  }
  if (typeof beneficiary?.municipality === 'string') data.residence = beneficiary.municipality;
  return data;
}
