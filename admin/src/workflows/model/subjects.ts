/**
 * The console resource that shows records of a content type (`api::service.service` → `services`), for links
 * from an instance to its record; null for types the console has no page for.
 */
const RESOURCES: Record<string, string> = {
  'api::service.service': 'services',
  'api::case.case': 'cases',
  'api::provider.provider': 'providers',
};

/** Record types whose workflow an engine runs itself (the minutes' review): shown and linked, not offered for new workflows. */
const ENGINE_RESOURCES: Record<string, string> = {
  'plugin::governance.minutes': 'governance-minutes',
};

/** The record types a new workflow can attach to (those the console has a page for), labelled for pickers. */
export const SUBJECT_TYPE_CHOICES = Object.entries(RESOURCES).map(([type, resource]) => ({
  id: type,
  name: `workflows.subjects.${resource}`,
}));

/** The translation key of a record type's name (`workflows.subjects.services`), or null for a type the console has no page for. */
export function subjectTypeName(subjectType: string): string | null {
  const resource = resourceOf(subjectType);
  return resource ? `workflows.subjects.${resource}` : null;
}

export function resourceOf(subjectType: string): string | null {
  return RESOURCES[subjectType] ?? ENGINE_RESOURCES[subjectType] ?? null;
}

/** The field a resource's records are listed by when one is chosen (cases have a code, not a name). */
export function sortFieldOf(resource: string): string {
  return resource === 'cases' ? 'code' : 'name';
}

/** A record's name for people: its name, title or code, else `fallback` (never its documentId). */
export function recordName(record: Record<string, unknown> | undefined, fallback: string): string {
  for (const field of ['name', 'title', 'code', 'reference']) {
    const value = record?.[field];
    if (typeof value === 'string' && value) return value;
  }
  return fallback;
}
