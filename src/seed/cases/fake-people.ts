/**
 * Visibly fake people for demo and scale data: surnames like "Prova", "Esempio", "Finto", with codici
 * fiscali of valid format and check letter (built from the names, birth date, sex and the comune's
 * cadastral code, so they look like real ones and pass the checksum).
 */
import { personFiscalCodeCheckLetter } from '../../validation/italian-tax-codes';

export const FAKE_LAST_NAMES = ['Prova', 'Esempio', 'Finto', 'Demo', 'Fittizio', 'Campione', 'Modello', 'Saggio'];
export const FAKE_FIRST_NAMES_F = ['Anna', 'Giulia', 'Maria', 'Sara', 'Laura', 'Elena', 'Chiara', 'Paola'];
export const FAKE_FIRST_NAMES_M = ['Luca', 'Marco', 'Paolo', 'Andrea', 'Giorgio', 'Davide', 'Matteo', 'Franco'];

const MONTHS = 'ABCDEHLMPRST';

function letters(value: string) {
  const clean = value.toUpperCase().replace(/[^A-Z]/g, '');
  return { consonants: clean.replace(/[AEIOU]/g, ''), vowels: clean.replace(/[^AEIOU]/g, '') };
}
function surnamePart(value: string): string {
  const { consonants, vowels } = letters(value);
  return `${consonants}${vowels}XXX`.slice(0, 3);
}
function namePart(value: string): string {
  const { consonants, vowels } = letters(value);
  if (consonants.length >= 4) return consonants[0] + consonants[2] + consonants[3];
  return `${consonants}${vowels}XXX`.slice(0, 3);
}

/**
 * A codice fiscale for the person; `variant` (0–99) replaces the last two digits of the comune code so
 * that generated people with the same names and birth date still get distinct codes.
 */
export function fiscalCodeOf(
  p: { firstName: string; lastName: string; birthDate: string; sex: 'F' | 'M'; cadastralCode: string },
  variant?: number
): string {
  const [year, month, day] = p.birthDate.split('-').map(Number);
  const dd = String(day + (p.sex === 'F' ? 40 : 0)).padStart(2, '0');
  const place =
    variant === undefined ? p.cadastralCode : `${p.cadastralCode.slice(0, 2)}${String(variant % 100).padStart(2, '0')}`;
  const body = `${surnamePart(p.lastName)}${namePart(p.firstName)}${String(year % 100).padStart(2, '0')}${MONTHS[month - 1]}${dd}${place}`;
  return body + personFiscalCodeCheckLetter(body);
}
