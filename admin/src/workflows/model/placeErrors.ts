/** The server's problems with a definition, placed on the designer's inputs. */
export interface PlacedErrors {
  /** Form field → message (several on one field joined). */
  fields: Record<string, string>;
  /** Problems with no input of their own (the whole definition, the list of states). */
  general: string[];
}

/**
 * The form field that shows the problem at a definition path (`states.3.label.it`, `transitions.1.from.0`,
 * `transitions.2.guards.0.form`), or null when no input stands for it.
 */
export function fieldOf(path: string): string | null {
  const parts = path.split('.');
  const [list, index, property, sub] = parts;
  if (list === 'start') {
    if (index === 'roles') return 'start.roles';
    if (index === 'actions') return 'start.actionsText';
    return null;
  }
  if ((list !== 'states' && list !== 'transitions') || index === undefined || !/^\d+$/.test(index)) return null;
  const row = `${list}.${index}`;
  if (property === undefined) return `${row}.key`;
  if (list === 'states') {
    if (property === 'label' && (sub === 'it' || sub === 'en')) return `${row}.label.${sub}`;
    if (property === 'label') return `${row}.label.it`;
    if (property === 'deadline') return sub === 'days' ? `${row}.deadline.days` : `${row}.deadline.workingDays`;
    if (['key', 'kind', 'colour'].includes(property)) return `${row}.${property}`;
    return `${row}.key`;
  }
  if (property === 'label') return `${row}.label.${sub === 'en' ? 'en' : 'it'}`;
  if (property === 'from' || property === 'roles') return `${row}.${property}`;
  if (property === 'guards') return `${row}.guardsText`;
  if (property === 'actions') return `${row}.actionsText`;
  if (property === 'key' || property === 'to') return `${row}.${property}`;
  return `${row}.key`;
}

/**
 * From react-admin's HttpError `body.errors` (`{ 'definition.states.6': 'text', root: {...} }`) to field
 * errors and general problems. A problem whose path names no input is shown with its path.
 */
export function placeDefinitionErrors(errors: Record<string, unknown> | undefined): PlacedErrors {
  const placed: PlacedErrors = { fields: {}, general: [] };
  for (const [rawPath, value] of Object.entries(errors ?? {})) {
    if (rawPath === 'root') continue;
    const message = typeof value === 'string' ? value : JSON.stringify(value);
    const path = rawPath.replace(/^definition\.?/, '');
    const field = fieldOf(path);
    if (field) placed.fields[field] = placed.fields[field] ? `${placed.fields[field]}; ${message}` : message;
    else placed.general.push(path ? `${path}: ${message}` : message);
  }
  return placed;
}
