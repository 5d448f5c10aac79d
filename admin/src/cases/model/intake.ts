/** The values of the intake form: the person (new, or one already registered) and the case opened for them. */
export interface IntakeValues {
  /** documentId of a beneficiary already registered in the comune; when empty, a new one is created. */
  existingBeneficiary?: string | null;
  firstName?: string;
  lastName?: string;
  fiscalCode?: string;
  birthDate?: string;
  sex?: 'F' | 'M' | '';
  citizenship?: string;
  municipality?: string;
  address?: string;
  phone?: string;
  email?: string;
  service?: string;
  area?: string;
  summary?: string;
}

/** Person fields copied from the intake into a new beneficiary. */
const PERSON_FIELDS = [
  'firstName',
  'lastName',
  'fiscalCode',
  'birthDate',
  'sex',
  'citizenship',
  'municipality',
  'address',
  'phone',
  'email',
] as const;

/** The beneficiary to create, with empty inputs left out and the fiscal code in capitals; null when reusing one. */
export function beneficiaryPayload(values: IntakeValues): Record<string, unknown> | null {
  if (values.existingBeneficiary) return null;
  const payload: Record<string, unknown> = {};
  for (const field of PERSON_FIELDS) {
    const value = values[field];
    if (typeof value === 'string' && value.trim() !== '') payload[field] = value.trim();
  }
  if (typeof payload.fiscalCode === 'string') payload.fiscalCode = payload.fiscalCode.toUpperCase();
  return payload;
}

/** The case opened by the intake: open today, in the comune of the front desk. */
export function casePayload(values: IntakeValues, beneficiary: string, today: string): Record<string, unknown> {
  const payload: Record<string, unknown> = {
    beneficiary,
    municipality: values.municipality,
    status: 'open',
    openedAt: today,
  };
  if (values.service) payload.service = values.service;
  if (values.area) payload.area = values.area;
  if (values.summary?.trim()) payload.summary = values.summary.trim();
  return payload;
}

/** Today's date (YYYY-MM-DD) in the district's time zone, whatever the browser's. */
export function romeToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    now
  );
}
