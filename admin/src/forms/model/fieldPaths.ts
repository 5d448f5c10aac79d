import type { Field, FormDefinition } from '@forms-shared';

/** All the fields of a definition's sections (the data is one flat object). */
export const allFields = (definition: FormDefinition): Field[] => definition.sections.flatMap((section) => section.fields);

/**
 * The data path of the input an issue belongs to: `household.0.birthDate` stays as it is,
 * `attachment.size` → `attachment`, `careTasks.1` → `careTasks`; null when no field has it.
 */
export function fieldPathOf(fields: Field[], path: string): string | null {
  const parts = path.split('.');
  const found: string[] = [];
  let list = fields;
  for (let at = 0; at < parts.length; ) {
    const field = list.find((candidate) => candidate.key === parts[at]);
    if (!field) break;
    found.push(field.key);
    at += 1;
    const row = parts[at];
    const inner = field.type === 'group' && /^\d+$/.test(row ?? '') ? field.fields : [];
    if (!inner.some((candidate) => candidate.key === parts[at + 1])) break;
    found.push(row);
    at += 1;
    list = inner;
  }
  return found.length > 0 ? found.join('.') : null;
}

/** Whether the data path names a group (its issues belong to the group as a whole, not to a row). */
export function isGroupPath(fields: Field[], path: string): boolean {
  const parts = path.split('.').filter((part) => !/^\d+$/.test(part));
  let list = fields;
  let field: Field | undefined;
  for (const part of parts) {
    field = list.find((candidate) => candidate.key === part);
    if (!field) return false;
    list = field.type === 'group' ? field.fields : [];
  }
  return field?.type === 'group';
}

/** What a person calls the input at a data path: `Household › row 2 › Birth date`. */
export function labelOfPath(fields: Field[], path: string, label: (field: Field) => string, row: (n: number) => string): string {
  const names: string[] = [];
  let list = fields;
  for (const part of path.split('.')) {
    if (/^\d+$/.test(part)) {
      names.push(row(Number(part) + 1));
      continue;
    }
    const field = list.find((candidate) => candidate.key === part);
    if (!field) break;
    names.push(label(field));
    list = field.type === 'group' ? field.fields : [];
  }
  return names.join(' › ') || path;
}

/** The value at a dotted data path (`household.0.age`). */
export function valueAt(data: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      data
    );
}

/** A DOM id for the input at a data path. */
export const inputId = (path: string) => `field-${path.replace(/\./g, '-')}`;

/** Orders data paths as their inputs appear in the form (then by row); paths of no field go last. */
export function formOrder(fields: Field[]): (a: string | null, b: string | null) => number {
  const order = new Map<string, number>();
  const visit = (list: Field[], prefix: string) =>
    list.forEach((field) => {
      order.set(prefix + field.key, order.size);
      if (field.type === 'group') visit(field.fields, `${prefix}${field.key}.*.`);
    });
  visit(fields, '');
  const rank = (path: string | null) => {
    if (path === null) return [Number.MAX_SAFE_INTEGER];
    const rows = path
      .split('.')
      .filter((part) => /^\d+$/.test(part))
      .map(Number);
    return [order.get(path.replace(/\.\d+\./g, '.*.')) ?? Number.MAX_SAFE_INTEGER - 1, ...rows];
  };
  return (a, b) => {
    const [x, y] = [rank(a), rank(b)];
    for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
      if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
    }
    return 0;
  };
}

/** Moves the keyboard focus to the input at a data path (the first radio or check box of a group of them). */
export function focusInput(path: string): void {
  if (typeof document === 'undefined') return;
  const name = typeof CSS === 'undefined' ? path.replace(/["\\]/g, '\\$&') : CSS.escape(path);
  const element = document.getElementById(inputId(path)) ?? document.querySelector<HTMLElement>(`[name="${name}"]`);
  element?.focus();
}
