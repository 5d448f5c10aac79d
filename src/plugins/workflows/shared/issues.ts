import type { Issue, LocalizedText } from './types';

/** An issue from a path and its two texts; `message` carries both, for clients that show one string. */
export function issue(path: string, it: string, en: string): Issue {
  const where = path || '(root)';
  return { path, it, en, message: `${where}: ${it} / ${where}: ${en}` };
}

/** Both languages in one line, Italian first. */
export const bilingual = (text: LocalizedText): string => `${text.it} / ${text.en}`;
