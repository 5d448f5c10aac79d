import { fieldError, type FieldError } from './field-errors';

/** The subset of a Strapi attribute definition the checks read. */
export interface AttributeLike {
  type: string;
  required?: boolean;
  enum?: string[];
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  regex?: string;
  default?: unknown;
  repeatable?: boolean;
  component?: string;
  target?: string;
  relation?: string;
  private?: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Checks one scalar value against its attribute; relations and components are checked elsewhere. */
export function checkScalar(path: string[], attribute: AttributeLike, value: unknown): FieldError[] {
  if (value === null) return [];
  switch (attribute.type) {
    case 'string':
    case 'text':
    case 'richtext':
    case 'email':
    case 'uid':
      return checkText(path, attribute, value);
    case 'enumeration':
      if (typeof value !== 'string' || !attribute.enum?.includes(value)) {
        const allowed = (attribute.enum ?? []).join(', ');
        return [fieldError(path, `valore non ammesso (ammessi: ${allowed})`, `value not allowed (allowed: ${allowed})`)];
      }
      return [];
    case 'integer':
    case 'biginteger':
    case 'decimal':
    case 'float':
      return checkNumber(path, attribute, value);
    case 'boolean':
      return typeof value === 'boolean' ? [] : [fieldError(path, 'deve essere vero o falso', 'must be true or false')];
    case 'date':
      return typeof value === 'string' && isRealDate(value)
        ? []
        : [fieldError(path, 'data non valida (formato AAAA-MM-GG)', 'invalid date (format YYYY-MM-DD)')];
    case 'datetime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value))
        ? []
        : [fieldError(path, 'data e ora non valide', 'invalid date-time')];
    case 'json':
      return [];
    default:
      return [];
  }
}

function checkText(path: string[], attribute: AttributeLike, value: unknown): FieldError[] {
  if (typeof value !== 'string') return [fieldError(path, 'deve essere un testo', 'must be text')];
  if (attribute.required && value.trim() === '') return [fieldError(path, 'obbligatorio', 'required')];
  if (attribute.maxLength !== undefined && value.length > attribute.maxLength) {
    return [fieldError(path, `al massimo ${attribute.maxLength} caratteri`, `at most ${attribute.maxLength} characters`)];
  }
  if (attribute.minLength !== undefined && value.length < attribute.minLength) {
    return [fieldError(path, `almeno ${attribute.minLength} caratteri`, `at least ${attribute.minLength} characters`)];
  }
  if (attribute.type === 'email' && value !== '' && !EMAIL.test(value)) {
    return [fieldError(path, 'indirizzo email non valido', 'invalid email address')];
  }
  if (attribute.regex && value !== '' && !new RegExp(attribute.regex).test(value)) {
    return [fieldError(path, 'formato non valido', 'invalid format')];
  }
  return [];
}

function checkNumber(path: string[], attribute: AttributeLike, value: unknown): FieldError[] {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    return [fieldError(path, 'deve essere un numero', 'must be a number')];
  }
  if ((attribute.type === 'integer' || attribute.type === 'biginteger') && !Number.isInteger(number)) {
    return [fieldError(path, 'deve essere un numero intero', 'must be a whole number')];
  }
  if (attribute.min !== undefined && number < attribute.min) {
    return [fieldError(path, `deve essere almeno ${attribute.min}`, `must be at least ${attribute.min}`)];
  }
  if (attribute.max !== undefined && number > attribute.max) {
    return [fieldError(path, `deve essere al massimo ${attribute.max}`, `must be at most ${attribute.max}`)];
  }
  if (Math.abs(number) > 1e12) return [fieldError(path, 'numero troppo grande', 'number too large')];
  return [];
}

/** documentIds named by a relation value in any form Strapi 5 accepts (id, list, connect/set). */
export function relationDocumentIds(value: unknown): { ids: unknown[]; malformed: boolean } {
  if (value === null || value === undefined) return { ids: [], malformed: false };
  if (typeof value === 'string') return { ids: [value], malformed: false };
  if (Array.isArray(value)) return { ids: value.map(unwrapId), malformed: false };
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 0 || keys.some((k) => !['connect', 'disconnect', 'set', 'documentId'].includes(k))) {
      return { ids: [], malformed: true };
    }
    if (typeof record.documentId === 'string') return { ids: [record.documentId], malformed: false };
    const lists = ['connect', 'set', 'disconnect'].map((k) => record[k]).filter((v) => v !== undefined);
    if (lists.some((l) => !Array.isArray(l))) return { ids: [], malformed: true };
    return { ids: (lists as unknown[][]).flat().map(unwrapId), malformed: false };
  }
  return { ids: [], malformed: true };
}

function unwrapId(item: unknown): unknown {
  if (item && typeof item === 'object' && 'documentId' in item) return (item as { documentId: unknown }).documentId;
  return item;
}
