import { ALWAYS, COMPONENTS, READABLE, RELATIONS, TARGET_FIELDS, isCaseType, type CaseRole } from './model';

type Row = Record<string, unknown>;

/**
 * Keeps only what the role may read, at every depth: the last line of defence behind the query's
 * `fields` and populate, so that no response shape (list, detail, populate, custom routes) leaks a field.
 */
export function sanitize(role: CaseRole, target: string, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => sanitize(role, target, item));
  if (!value || typeof value !== 'object') return value;
  const row = value as Row;
  const allowed = isCaseType(target) ? READABLE[role][target] : target === 'user' ? ['username'] : (TARGET_FIELDS[target] ?? []);
  const keep = target === 'user' ? ['id', ...allowed] : [...ALWAYS, ...allowed];
  const out: Row = {};
  for (const key of keep) {
    if (!(key in row)) continue;
    const relation = isCaseType(target) ? RELATIONS[target][key] : undefined;
    const component = isCaseType(target) ? COMPONENTS[target]?.[key] : undefined;
    if (relation) out[key] = sanitize(role, relation, row[key]);
    else if (component) out[key] = sanitizeComponent(role, component, row[key]);
    else out[key] = row[key];
  }
  return out;
}

function sanitizeComponent(role: CaseRole, spec: { fields: string[]; users?: string[] }, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => sanitizeComponent(role, spec, item));
  if (!value || typeof value !== 'object') return value;
  const row = value as Row;
  const out: Row = { id: row.id };
  for (const key of spec.fields) if (key in row) out[key] = row[key];
  for (const key of spec.users ?? []) if (key in row) out[key] = sanitize(role, 'user', row[key]);
  return out;
}
