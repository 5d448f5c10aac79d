/**
 * The display names of the roles (Ufficio di Piano, Operatore comunale...), in Italian and English, for the
 * engines' messages: a person reads "Operatore comunale", never `operator`. The app registers them at start-up
 * from its role table (src/bootstrap/roles.ts); a role without one reads as "another role".
 */
export interface RoleLabel {
  it: string;
  en: string;
}

const labels = new Map<string, RoleLabel>();

export function registerRoleLabels(entries: { type: string; label: RoleLabel }[]): void {
  for (const { type, label } of entries) labels.set(type, label);
}

export function roleLabel(type: string): RoleLabel {
  return labels.get(type) ?? { it: 'un altro ruolo', en: 'another role' };
}

/** Every registered label, by role type (for the shared, pure guard code). */
export function roleLabels(): Record<string, RoleLabel> {
  return Object.fromEntries(labels);
}
