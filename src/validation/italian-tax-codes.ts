/**
 * Checksums of Italian tax identifiers.
 * - Partita IVA (and the numeric codice fiscale of organisations): 11 digits, Luhn-style check digit.
 * - Codice fiscale of a person: 16 characters, check letter over odd/even positions (omocodia letters accepted).
 */

export function isValidVatNumber(value: string): boolean {
  if (!/^[0-9]{11}$/.test(value)) return false;
  if (/^0{11}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    let digit = value.charCodeAt(i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10 === value.charCodeAt(10) - 48;
}

const ODD_VALUES: Record<string, number> = {
  '0': 1,
  '1': 0,
  '2': 5,
  '3': 7,
  '4': 9,
  '5': 13,
  '6': 15,
  '7': 17,
  '8': 19,
  '9': 21,
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};

function evenValue(char: string): number {
  return /[0-9]/.test(char) ? char.charCodeAt(0) - 48 : char.charCodeAt(0) - 65;
}

const PERSON_CODE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

/** The check letter (16th character) of a person's codice fiscale, from its first 15 characters. */
export function personFiscalCodeCheckLetter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i += 1) {
    const char = first15[i];
    sum += i % 2 === 0 ? ODD_VALUES[char] : evenValue(char);
  }
  return String.fromCharCode(65 + (sum % 26));
}

export function isValidPersonFiscalCode(raw: string): boolean {
  const value = raw.toUpperCase();
  if (!PERSON_CODE.test(value)) return false;
  return personFiscalCodeCheckLetter(value) === value[15];
}

/** An organisation's codice fiscale is either 11 digits (same check as a VAT number) or a person's code. */
export function isValidFiscalCode(value: string): boolean {
  return /^[0-9]{11}$/.test(value) ? isValidVatNumber(value) : isValidPersonFiscalCode(value);
}
