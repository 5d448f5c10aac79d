import type { LocalizedText } from './types';

/** The district's roles as people name them (the console's `roles.*`), for messages; an unknown role keeps its key. */
const ROLE_LABELS: Record<string, LocalizedText> = {
  udp: { it: 'Ufficio di Piano', en: 'District planning office' },
  operator: { it: 'Operatore comunale', en: 'Municipal social worker' },
  provider: { it: 'Ente gestore', en: 'Provider staff' },
  'table-member': { it: 'Membro di tavolo', en: 'Governance table member' },
};

export function roleLabel(role: string): LocalizedText {
  return ROLE_LABELS[role] ?? { it: role, en: role };
}
