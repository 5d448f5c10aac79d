import type { LocalizedText } from '@forms-shared';

/** The console's languages; a definition's texts exist in both. */
export type Language = 'it' | 'en';

/** The language of a react-admin locale (`it` unless English). */
export const languageOf = (locale: string | undefined): Language => (locale === 'en' ? 'en' : 'it');

/** A definition's text in the user's language, the other language when that one is empty. */
export function pick(text: LocalizedText | null | undefined, language: Language): string {
  if (!text) return '';
  return text[language] || text[language === 'it' ? 'en' : 'it'] || '';
}
