/** A measure's pages read its funding sources (as documentIds). */
export const MEASURE_POPULATE = { fundingSources: { fields: ['name'] } };
