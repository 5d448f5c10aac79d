/** Accreditation pages read the provider and the service (as documentIds, their names come from ReferenceField). */
export const ACCREDITATION_POPULATE = { provider: { fields: ['name'] }, service: { fields: ['name'] } };
