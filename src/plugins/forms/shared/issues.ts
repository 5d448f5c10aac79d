import type { ErrorObject } from 'ajv';
import type { Field, FieldIssue } from './types';

/**
 * The one place where problems become `FieldIssue`s: ajv's errors (of a submission or of a definition)
 * and the engine's own checks (required, rules) get their Italian and English wording here.
 */

/** An issue from a path and its two texts. */
export function fieldIssue(path: string, it: string, en: string): FieldIssue {
  const where = path || '(root)';
  return { path, it, en, message: `${where}: ${it} / ${where}: ${en}` };
}

const number = (value: unknown, locale: 'it-IT' | 'en-GB') =>
  typeof value === 'number' ? new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value) : String(value);

/** The engine's own issues (not raised by ajv). */
export const engineIssue = {
  required: (path: string) => fieldIssue(path, 'obbligatorio', 'required'),
  notAnObject: (path: string) => fieldIssue(path, 'deve essere un oggetto', 'must be an object'),
  tooFewRows: (path: string, min: number) =>
    fieldIssue(
      path,
      min === 1 ? 'inserire almeno una riga' : `inserire almeno ${min} righe`,
      min === 1 ? 'add at least one row' : `add at least ${min} rows`
    ),
  tooFewOptions: (path: string, min: number) =>
    fieldIssue(path, `selezionare almeno ${min} opzioni`, `select at least ${min} options`),
};

const TYPE_TEXTS: Record<string, [string, string]> = {
  integer: ['deve essere un numero intero', 'must be a whole number'],
  decimal: ['deve essere un numero', 'must be a number'],
  currency: ['deve essere un importo in euro', 'must be an amount in euro'],
  isee: ['deve essere un importo ISEE in euro', 'must be an ISEE amount in euro'],
  date: ['deve essere una data (AAAA-MM-GG)', 'must be a date (YYYY-MM-DD)'],
  datetime: ['deve essere una data e ora', 'must be a date and time'],
  time: ['deve essere un orario (OO:MM)', 'must be a time (HH:MM)'],
  boolean: ['deve essere sì o no (true/false)', 'must be yes or no (true/false)'],
  singleChoice: ["deve essere il codice di un'opzione", 'must be the code of an option'],
  multipleChoice: ['deve essere un elenco di codici di opzioni', 'must be a list of option codes'],
  group: ['deve essere un elenco di righe', 'must be a list of rows'],
  file: ['deve essere un file caricato { id, name, mime, size }', 'must be an uploaded file { id, name, mime, size }'],
  reference: ['deve essere il documentId di un record', 'must be the documentId of a record'],
};

const FORMAT_TEXTS: Record<string, [string, string]> = {
  date: ['data non valida (AAAA-MM-GG)', 'invalid date (YYYY-MM-DD)'],
  'date-time': [
    'data e ora non valide (es. 2024-03-01T09:30:00+01:00)',
    'invalid date and time (e.g. 2024-03-01T09:30:00+01:00)',
  ],
  email: ['indirizzo email non valido', 'invalid email address'],
  'codice-fiscale': ['codice fiscale non valido', 'invalid fiscal code'],
  phone: ['numero di telefono non valido', 'invalid phone number'],
  'eur-amount': ['importo in euro con al massimo due decimali', 'an amount in euro with at most two decimals'],
  'document-id': ['riferimento non valido', 'invalid reference'],
  'time-of-day': ['orario non valido (OO:MM, es. 09:30)', 'invalid time (HH:MM, e.g. 09:30)'],
};

/** Where a data path falls in the definition: the field, and what is left of the path inside its value. */
export type FieldLocator = (path: string) => { field: Field; rest: string[] } | undefined;

export interface AjvIssueOptions {
  /** 'data' (a submission, the default) or 'definition' (wording for the form designer). */
  subject?: 'data' | 'definition';
  /** Finds the field behind a data path, to word the message for its type. */
  locate?: FieldLocator;
}

/** `/household/2/birthDate` → `household.2.birthDate`. */
export function pointerToPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function rowsOrOptions(field: Field | undefined, inside: boolean): 'rows' | 'options' | 'items' {
  if (field?.type === 'group' && !inside) return 'rows';
  if (field?.type === 'multipleChoice' && !inside) return 'options';
  return 'items';
}

/** A key or option code of the wrong shape, told in words (never the regular expression). */
function definitionPatternIssue(path: string): FieldIssue {
  if (path.endsWith('.code')) {
    return fieldIssue(
      path,
      'il codice deve iniziare con una lettera o una cifra e contenere solo lettere, cifre, "-" e "_", senza spazi',
      'the code must start with a letter or a digit and hold only letters, digits, "-" and "_", no spaces'
    );
  }
  if (path.endsWith('.key') || path === 'key') {
    return fieldIssue(
      path,
      'la chiave deve iniziare con una lettera minuscola e contenere solo lettere senza accenti, cifre e "_", senza spazi',
      'the key must start with a lower-case letter and hold only unaccented letters, digits and "_", no spaces'
    );
  }
  return fieldIssue(path, 'formato non valido', 'invalid format');
}

/** One ajv error, worded. */
function wordError(error: ErrorObject, options: AjvIssueOptions): FieldIssue {
  const path = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const found = options.locate?.(path);
  const field = found?.field;
  const inside = (found?.rest.length ?? 0) > 0;
  const limit = params.limit;
  const [itLimit, enLimit] = [number(limit, 'it-IT'), number(limit, 'en-GB')];
  switch (error.keyword) {
    case 'required': {
      const missing = join(path, String(params.missingProperty));
      return options.subject === 'definition'
        ? fieldIssue(missing, 'proprietà obbligatoria mancante', 'missing required property')
        : engineIssue.required(missing);
    }
    case 'additionalProperties': {
      const extra = join(path, String(params.additionalProperty));
      return options.subject === 'definition'
        ? fieldIssue(extra, 'proprietà sconosciuta', 'unknown property')
        : fieldIssue(extra, 'campo sconosciuto', 'unknown field');
    }
    case 'discriminator':
      return params.error === 'mapping'
        ? fieldIssue(
            join(path, String(params.tag)),
            `tipo di campo sconosciuto "${String(params.tagValue)}"`,
            `unknown field type "${String(params.tagValue)}"`
          )
        : fieldIssue(join(path, String(params.tag)), 'tipo di campo mancante', 'missing field type');
    case 'type': {
      if (field && !inside && TYPE_TEXTS[field.type]) return fieldIssue(path, ...TYPE_TEXTS[field.type]);
      if (field?.type === 'group' && found?.rest.length === 1)
        return fieldIssue(path, 'ogni riga deve essere un oggetto', 'each row must be an object');
      if (field?.type === 'multipleChoice') return fieldIssue(path, ...TYPE_TEXTS.singleChoice);
      const expected = String(params.type);
      if (expected === 'integer') return fieldIssue(path, ...TYPE_TEXTS.integer);
      if (expected === 'string') return fieldIssue(path, 'deve essere un testo', 'must be text');
      if (expected === 'object') return engineIssue.notAnObject(path);
      if (expected === 'array') return fieldIssue(path, 'deve essere un elenco', 'must be a list');
      return fieldIssue(path, `tipo non valido: atteso ${expected}`, `wrong type: expected ${expected}`);
    }
    case 'format': {
      const texts = FORMAT_TEXTS[String(params.format)];
      return texts ? fieldIssue(path, ...texts) : fieldIssue(path, 'formato non valido', 'invalid format');
    }
    case 'minimum':
    case 'exclusiveMinimum':
      return fieldIssue(path, `deve essere almeno ${itLimit}`, `must be at least ${enLimit}`);
    case 'maximum':
    case 'exclusiveMaximum':
      if (field?.type === 'file' && found?.rest[0] === 'size') {
        const mb = number(field.maxSizeMb, 'it-IT');
        return fieldIssue(
          path,
          `file troppo grande (massimo ${mb} MB)`,
          `file too large (at most ${number(field.maxSizeMb, 'en-GB')} MB)`
        );
      }
      return fieldIssue(path, `non può superare ${itLimit}`, `must be at most ${enLimit}`);
    case 'formatMinimum':
    case 'formatExclusiveMinimum':
      return fieldIssue(path, `non può essere prima del ${String(limit)}`, `must not be before ${String(limit)}`);
    case 'formatMaximum':
    case 'formatExclusiveMaximum':
      return fieldIssue(path, `non può essere dopo il ${String(limit)}`, `must not be after ${String(limit)}`);
    case 'multipleOf':
      return fieldIssue(
        path,
        `deve essere un multiplo di ${number(params.multipleOf, 'it-IT')}`,
        `must be a multiple of ${number(params.multipleOf, 'en-GB')}`
      );
    case 'minLength':
      return fieldIssue(path, `almeno ${itLimit} caratteri`, `at least ${enLimit} characters`);
    case 'maxLength':
      return fieldIssue(path, `al massimo ${itLimit} caratteri`, `at most ${enLimit} characters`);
    case 'pattern':
      if (field?.type === 'file' && found?.rest[0] === 'mime') {
        const accepted = (field.accept ?? []).join(', ');
        return fieldIssue(
          path,
          `tipo di file non ammesso (ammessi: ${accepted})`,
          `file type not allowed (allowed: ${accepted})`
        );
      }
      if (options.subject === 'definition') return definitionPatternIssue(path);
      return fieldIssue(path, 'formato non valido', 'invalid format');
    case 'enum':
    case 'const':
      return fieldIssue(path, 'valore non tra le opzioni ammesse', 'not one of the allowed options');
    case 'uniqueItems':
      return fieldIssue(path, 'valori ripetuti', 'repeated values');
    case 'minItems': {
      const kind = rowsOrOptions(field, inside);
      if (kind === 'rows') return engineIssue.tooFewRows(path, Number(limit));
      if (kind === 'options') return engineIssue.tooFewOptions(path, Number(limit));
      return fieldIssue(path, `almeno ${itLimit} elementi`, `at least ${enLimit} items`);
    }
    case 'maxItems': {
      const kind = rowsOrOptions(field, inside);
      if (kind === 'rows') return fieldIssue(path, `al massimo ${itLimit} righe`, `at most ${enLimit} rows`);
      if (kind === 'options')
        return fieldIssue(path, `selezionare al massimo ${itLimit} opzioni`, `select at most ${enLimit} options`);
      return fieldIssue(path, `al massimo ${itLimit} elementi`, `at most ${enLimit} items`);
    }
    default:
      return fieldIssue(path, 'valore non valido', error.message ?? 'invalid value');
  }
}

/** Ajv's errors as issues, one per problem (identical ones merged; `if` and `oneOf` wrappers dropped). */
export function issuesFromAjv(errors: ErrorObject[] | null | undefined, options: AjvIssueOptions = {}): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  for (const error of errors ?? []) {
    if (error.keyword === 'if' || error.keyword === 'oneOf' || error.keyword === 'anyOf') continue;
    const issue = wordError(error, options);
    if (seen.has(issue.message)) continue;
    seen.add(issue.message);
    issues.push(issue);
  }
  return issues;
}
