/** What the service pages read with a service: its relations (as documentIds) and its lots. */
export const SERVICE_POPULATE = ['area', 'municipalities', 'providers', 'fundingSources', 'measures', 'lots'];

/** The list shows the area: only its name is asked for. */
export const SERVICE_LIST_POPULATE = { area: { fields: ['name'] } };
