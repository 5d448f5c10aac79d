/** The fields of a household member the console sends (the component's attributes, never its `id`). */
const MEMBER_FIELDS = ['firstName', 'lastName', 'birthDate', 'relation', 'fiscalCode', 'livesWith'] as const;

/**
 * The household's members as a write body: each member's own fields only (the list replaces the stored
 * one), empty inputs as null, fiscal codes in capitals, `livesWith` true unless unticked.
 */
export function householdMembersPayload(members: unknown): Record<string, unknown>[] {
  if (!Array.isArray(members)) return [];
  return members
    .filter((member): member is Record<string, unknown> => !!member && typeof member === 'object')
    .map((member) => {
      const out: Record<string, unknown> = {};
      for (const field of MEMBER_FIELDS) {
        const value = member[field];
        out[field] = value === undefined || value === '' ? null : value;
      }
      if (typeof out.fiscalCode === 'string') out.fiscalCode = out.fiscalCode.trim().toUpperCase() || null;
      out.livesWith = out.livesWith !== false;
      return out;
    });
}
