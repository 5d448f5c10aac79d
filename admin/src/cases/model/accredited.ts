/** An accreditation as the console reads it (`/api/accreditations?populate=provider`): provider as documentId. */
export interface AccreditationRow {
  provider?: string | null;
  status?: string;
  validFrom?: string | null;
  validTo?: string | null;
}

/**
 * The providers (documentIds, once each) holding an active accreditation valid on `date` (YYYY-MM-DD):
 * the only ones a citizen may choose for a voucher. The server checks the same rule when issuing.
 */
export function accreditedProviders(rows: readonly AccreditationRow[], date: string): string[] {
  const valid = rows.filter(
    (row) =>
      !!row.provider &&
      row.status === 'active' &&
      !!row.validFrom &&
      row.validFrom <= date &&
      (!row.validTo || row.validTo >= date)
  );
  return [...new Set(valid.map((row) => row.provider as string))];
}
