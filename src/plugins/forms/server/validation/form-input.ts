import type { BilingualIssue } from '../utils/errors';

export const FILLER_ROLES = ['udp', 'operator', 'provider', 'table-member'];
const KEY = /^[a-z0-9][a-z0-9-]{1,79}$/;
const META_KEYS = ['key', 'title', 'description', 'roles', 'area', 'services', 'definition', 'changeNote'];

export interface LocalizedText {
  it: string;
  en?: string;
}

export interface FormInput {
  key?: string;
  title?: LocalizedText;
  description?: LocalizedText | null;
  roles?: string[];
  area?: string | null;
  services?: string[];
  definition?: unknown;
  changeNote?: string;
}

function checkText(path: string, value: unknown, required: boolean, max: number): BilingualIssue[] {
  if (value === undefined || value === null) {
    return required ? [{ path, it: 'obbligatorio (in italiano)', en: 'required (in Italian)' }] : [];
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return [{ path, it: 'deve essere { it, en }', en: 'must be { it, en }' }];
  }
  const text = value as Record<string, unknown>;
  const issues: BilingualIssue[] = [];
  for (const key of Object.keys(text)) {
    if (key !== 'it' && key !== 'en')
      issues.push({ path: `${path}.${key}`, it: 'lingua non prevista', en: 'unsupported language' });
  }
  for (const lang of ['it', 'en'] as const) {
    const v = text[lang];
    // English is optional: where it is missing or empty, the console shows the Italian.
    if (lang === 'en' && (v === undefined || v === '')) continue;
    if (typeof v !== 'string' || (required && lang === 'it' && v.trim() === '')) {
      issues.push({ path: `${path}.${lang}`, it: 'testo obbligatorio', en: 'text required' });
    } else if (v.length > max) {
      issues.push({ path: `${path}.${lang}`, it: `al massimo ${max} caratteri`, en: `at most ${max} characters` });
    }
  }
  return issues;
}

/** Checks the metadata of a form (not its definition, which has its own validator). */
export function checkFormInput(input: unknown, creating: boolean): BilingualIssue[] {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return [{ path: 'data', it: 'il corpo deve contenere un oggetto "data"', en: 'the body must hold a "data" object' }];
  }
  const data = input as Record<string, unknown>;
  const issues: BilingualIssue[] = Object.keys(data)
    .filter((key) => !META_KEYS.includes(key))
    .map((key) => ({ path: key, it: 'campo sconosciuto', en: 'unknown field' }));
  if (creating || data.key !== undefined) {
    if (typeof data.key !== 'string' || !KEY.test(data.key)) {
      issues.push({
        path: 'key',
        it: 'chiave non valida (minuscole, cifre e trattini)',
        en: 'invalid key (lower case, digits and hyphens)',
      });
    }
  }
  if (creating || data.title !== undefined) issues.push(...checkText('title', data.title, true, 200));
  if (data.description !== undefined) issues.push(...checkText('description', data.description, false, 2000));
  if (creating || data.roles !== undefined) {
    const roles = data.roles;
    if (!Array.isArray(roles) || roles.length === 0 || roles.some((r) => typeof r !== 'string' || !FILLER_ROLES.includes(r))) {
      issues.push({
        path: 'roles',
        it: `ruoli che possono compilare: almeno uno tra ${FILLER_ROLES.join(', ')}`,
        en: `roles that may fill it: at least one of ${FILLER_ROLES.join(', ')}`,
      });
    }
  }
  if (data.area !== undefined && data.area !== null && typeof data.area !== 'string') {
    issues.push({ path: 'area', it: 'indicare il documentId dell’area', en: 'give the area documentId' });
  }
  if (data.services !== undefined && (!Array.isArray(data.services) || data.services.some((s) => typeof s !== 'string'))) {
    issues.push({ path: 'services', it: 'elenco di documentId dei servizi', en: 'list of service documentIds' });
  }
  if (data.changeNote !== undefined && (typeof data.changeNote !== 'string' || data.changeNote.length > 2000)) {
    issues.push({ path: 'changeNote', it: 'testo di al massimo 2000 caratteri', en: 'text of at most 2000 characters' });
  }
  return issues;
}
