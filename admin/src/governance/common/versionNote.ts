import type { Language } from '../../forms/model/localized';

/**
 * The server keeps a version's note as one "Italian / English" text (`Apertura della revisione / Review opened`,
 * `Emendamento di … accolto … / Amendment by … accepted …`); a screen shows the reader's language only.
 * The English half is found by how it starts, as an item's title may itself hold " / ".
 */
const ENGLISH_HALF = / \/ (?=Review opened|Amendment by )/;

export function versionNote(note: string | null | undefined, language: Language): string {
  if (!note) return '';
  const at = note.search(ENGLISH_HALF);
  if (at < 0) return note;
  return language === 'en' ? note.slice(at + 3) : note.slice(0, at);
}
