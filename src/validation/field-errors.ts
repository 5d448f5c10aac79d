import { errors } from '@strapi/utils';

/** One problem with one field, told in Italian and English. */
export interface FieldError {
  path: string[];
  /** "<field>: <italian> / <field>: <english>", what a person reads. */
  message: string;
  it: string;
  en: string;
  /** How a person names the field, when the path is not it (a CSV cell: "riga 3, colonna «ISEE»"). */
  where?: { it: string; en: string };
}

export function fieldError(path: string | string[], it: string, en: string): FieldError {
  const parts = Array.isArray(path) ? path : [path];
  const field = parts.join('.');
  return { path: parts, it, en, message: `${field}: ${it} / ${field}: ${en}` };
}

/**
 * Throws Strapi's ValidationError (answered as 400 by its error middleware) listing every
 * field error; the top-level message repeats them so a client that shows only `message` is still clear.
 */
export function throwFieldErrors(list: FieldError[]): never {
  const it = list.map((e) => `${e.where?.it ?? e.path.join('.')}: ${e.it}`).join('; ');
  const en = list.map((e) => `${e.where?.en ?? e.path.join('.')}: ${e.en}`).join('; ');
  throw new errors.ValidationError(`Dati non validi – ${it} / Invalid data – ${en}`, { errors: list });
}

export function assertNoFieldErrors(list: FieldError[]): void {
  if (list.length > 0) throwFieldErrors(list);
}
