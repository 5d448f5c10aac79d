import { isValidPersonFiscalCode } from '../../../validation/italian-tax-codes';
import type { PersonalDataFinding, PersonalDataKind } from './types';

/**
 * Finds identifiers of persons in agendas and minutes, which must never carry personal data of
 * beneficiaries (third-sector members read them). What is blocked, and why:
 * - codice fiscale of a person: 16 characters (groups of 3-3-5-5 may be separated by a space, dot or
 *   hyphen) whose check letter is right (`isValidPersonFiscalCode`);
 * - Italian IBAN: `IT` + 25 characters, spaces allowed, valid ISO 7064 mod-97 check;
 * - Italian mobile numbers (3xx + 6-7 digits, optional +39/0039): mobiles belong to persons. Landlines
 *   (0…) are left alone: in minutes they are the offices' numbers. `330.000.000`-style amounts are not phones;
 * - e-mail addresses at consumer mailbox providers (gmail.com, libero.it, …): a private person's.
 *   Institutional and organisations' addresses are allowed.
 * Text is scanned as stored (attributes included) and with tags removed (so `RSS<b></b>MRA…` is caught);
 * offsets are positions in the stored text.
 */

export const PRIVATE_MAIL_DOMAINS = [
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.it',
  'ymail.com',
  'hotmail.com',
  'hotmail.it',
  'outlook.com',
  'outlook.it',
  'live.com',
  'live.it',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'gmx.com',
  'gmx.it',
  'proton.me',
  'protonmail.com',
  'libero.it',
  'virgilio.it',
  'alice.it',
  'tim.it',
  'tin.it',
  'tiscali.it',
  'fastwebnet.it',
  'email.it',
  'inwind.it',
  'iol.it',
  'katamail.com',
  'teletu.it',
  'vodafone.it',
  'poste.it',
];

const FISCAL_CODE = /(?<![A-Za-z0-9])[A-Za-z]{3}[ .-]?[A-Za-z]{3}[ .-]?[A-Za-z0-9]{5}[ .-]?[A-Za-z0-9]{5}(?![A-Za-z0-9])/g;
const IBAN = /(?<![A-Za-z0-9])IT(?: ?[0-9A-Za-z]){25}(?![A-Za-z0-9])/gi;
const MOBILE = /(?<![\d+])(?:(?:\+|00)39[ .-]?)?3\d{2}(?:[ .\-/]?\d){6,7}(?![\d])/g;
const EMAIL = /[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})/g;

const TEXTS: Record<PersonalDataKind, [string, string]> = {
  'fiscal-code': ['codice fiscale di una persona', "a person's codice fiscale (tax code)"],
  iban: ['IBAN italiano', 'Italian IBAN'],
  'mobile-phone': ['numero di cellulare', 'mobile phone number'],
  'private-email': ['e-mail personale', 'private e-mail address'],
};

function ibanIsValid(raw: string): boolean {
  const iban = raw.replace(/ /g, '').toUpperCase();
  if (!/^IT[0-9]{2}[A-Z][0-9]{10}[0-9A-Z]{12}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of moved) {
    const value = /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

function isMobile(raw: string): boolean {
  if (/^\d{3}(\.\d{3})+$/.test(raw)) return false; // an amount with thousands separators
  const digits = raw.replace(/\D/g, '').replace(/^(0039|39)(?=3\d{8,9}$)/, '');
  return /^3\d{8,9}$/.test(digits);
}

const mask = (value: string, head: number, tail: number) =>
  value.length <= head + tail
    ? '*'.repeat(value.length)
    : value.slice(0, head) + '*'.repeat(value.length - head - tail) + value.slice(value.length - tail);

interface Match {
  offset: number;
  length: number;
  kind: PersonalDataKind;
  masked: string;
}

/** Matches of every detector in `text`, offsets in `text`. */
function matchesIn(text: string): Match[] {
  const found: Match[] = [];
  for (const m of text.matchAll(FISCAL_CODE)) {
    if (isValidPersonFiscalCode(m[0].replace(/[ .-]/g, '')))
      found.push({ offset: m.index ?? 0, length: m[0].length, kind: 'fiscal-code', masked: mask(m[0], 3, 1) });
  }
  for (const m of text.matchAll(IBAN)) {
    if (ibanIsValid(m[0])) found.push({ offset: m.index ?? 0, length: m[0].length, kind: 'iban', masked: mask(m[0], 4, 3) });
  }
  for (const m of text.matchAll(MOBILE)) {
    if (isMobile(m[0])) found.push({ offset: m.index ?? 0, length: m[0].length, kind: 'mobile-phone', masked: mask(m[0], 3, 2) });
  }
  for (const m of text.matchAll(EMAIL)) {
    const domain = m[1].toLowerCase();
    if (PRIVATE_MAIL_DOMAINS.includes(domain)) {
      const local = m[0].slice(0, m[0].length - domain.length - 1);
      found.push({ offset: m.index ?? 0, length: m[0].length, kind: 'private-email', masked: `${mask(local, 1, 0)}@${domain}` });
    }
  }
  return found;
}

const BLOCK_TAG = /^<\/?(p|br|li|ul|ol|h[1-6]|div|blockquote|tr|td|th|table)\b/i;

/** The text with tags removed (blocks become a space) and, for each of its characters, its offset in `html`. */
export function textView(html: string): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  const tag = /<[^>]*>/g;
  let last = 0;
  const copy = (from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      text += html[i];
      offsets.push(i);
    }
  };
  for (const m of html.matchAll(tag)) {
    const start = m.index ?? 0;
    copy(last, start);
    if (BLOCK_TAG.test(m[0])) {
      text += ' ';
      offsets.push(start);
    }
    last = start + m[0].length;
  }
  copy(last, html.length);
  return { text, offsets };
}

/** Personal-data findings in one stored text (plain or HTML). */
export function scanText(text: string, path: string[] = []): PersonalDataFinding[] {
  if (!text) return [];
  const byKey = new Map<string, PersonalDataFinding>();
  const add = (m: Match, offset: number, length: number) => {
    const key = `${offset}:${m.kind}`;
    if (byKey.has(key)) return;
    const [it, en] = TEXTS[m.kind];
    const where = `${path.join('.') || '(testo)'}, posizione ${offset}`;
    const whereEn = `${path.join('.') || '(text)'}, offset ${offset}`;
    byKey.set(key, {
      path,
      offset,
      length,
      kind: m.kind,
      masked: m.masked,
      it: `dato personale (${it}: ${m.masked}) in ${where}: toglierlo prima di pubblicare`,
      en: `personal data (${en}: ${m.masked}) at ${whereEn}: remove it before publishing`,
    });
  };
  for (const m of matchesIn(text)) add(m, m.offset, m.length);
  const view = textView(text);
  if (view.text !== text) {
    for (const m of matchesIn(view.text)) {
      const start = view.offsets[m.offset];
      const end = view.offsets[m.offset + m.length - 1] + 1;
      add(m, start, end - start);
    }
  }
  return [...byKey.values()].sort((a, b) => a.offset - b.offset);
}

/** Findings across several fields, each named by its path (e.g. `['items', '2', 'text']`). */
export function scanPersonalData(fields: { path: string[]; text: string | null | undefined }[]): PersonalDataFinding[] {
  return fields.flatMap((field) => scanText(field.text ?? '', field.path));
}
