import type { BilingualIssue } from '../utils/errors';

const KEY = /^[a-z][a-z0-9-]{1,79}$/;
const CONTENT_TYPE = /^(api|plugin)::[a-z0-9-]+\.[a-z0-9-]+$/;
const META_KEYS = ['key', 'name', 'description', 'contentType', 'definition', 'changeNote'];

export interface LocalizedText {
  it: string;
  en: string;
}

/** The body of POST /definitions (`data`) and of PUT /definitions/:key (name and description only). */
export interface WorkflowInput {
  key?: string;
  name?: LocalizedText;
  description?: LocalizedText | null;
  contentType?: string;
  definition?: unknown;
  changeNote?: string;
}

export function checkText(path: string, value: unknown, required: boolean, max: number): BilingualIssue[] {
  if (value === undefined || value === null) {
    return required ? [{ path, it: 'obbligatorio (italiano e inglese)', en: 'required (Italian and English)' }] : [];
  }
  if (typeof value !== 'object' || Array.isArray(value))
    return [{ path, it: 'deve essere { it, en }', en: 'must be { it, en }' }];
  const text = value as Record<string, unknown>;
  const issues: BilingualIssue[] = Object.keys(text)
    .filter((lang) => lang !== 'it' && lang !== 'en')
    .map((lang) => ({ path: `${path}.${lang}`, it: 'lingua non prevista', en: 'unsupported language' }));
  for (const lang of ['it', 'en'] as const) {
    const v = text[lang];
    if (typeof v !== 'string' || v.trim() === '')
      issues.push({ path: `${path}.${lang}`, it: 'testo obbligatorio', en: 'text required' });
    else if (v.length > max)
      issues.push({ path: `${path}.${lang}`, it: `al massimo ${max} caratteri`, en: `at most ${max} characters` });
  }
  return issues;
}

export function checkChangeNote(value: unknown): BilingualIssue[] {
  if (value === undefined || value === null) return [];
  return typeof value === 'string' && value.length <= 2000
    ? []
    : [{ path: 'changeNote', it: 'testo di al massimo 2000 caratteri', en: 'text of at most 2000 characters' }];
}

/** Checks a workflow's metadata (its definition has its own validator); `creating` demands key, name, contentType. */
export function checkWorkflowInput(input: unknown, creating: boolean): BilingualIssue[] {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return [{ path: 'data', it: 'il corpo deve contenere un oggetto "data"', en: 'the body must hold a "data" object' }];
  }
  const data = input as Record<string, unknown>;
  const allowed = creating ? META_KEYS : ['name', 'description'];
  const issues: BilingualIssue[] = Object.keys(data)
    .filter((key) => !allowed.includes(key))
    .map((key) =>
      META_KEYS.includes(key)
        ? {
            path: key,
            it: 'non si cambia qui (la definizione si cambia con la bozza)',
            en: 'cannot change here (the definition changes through the draft)',
          }
        : { path: key, it: 'campo sconosciuto', en: 'unknown field' }
    );
  if (creating && (typeof data.key !== 'string' || !KEY.test(data.key))) {
    issues.push({
      path: 'key',
      it: 'chiave non valida (minuscole, cifre e trattini)',
      en: 'invalid key (lower case, digits and hyphens)',
    });
  }
  if (creating || data.name !== undefined) issues.push(...checkText('name', data.name, true, 200));
  if (data.description !== undefined) issues.push(...checkText('description', data.description, false, 2000));
  if (
    creating &&
    (typeof data.contentType !== 'string' ||
      !CONTENT_TYPE.test(data.contentType) ||
      data.contentType.startsWith('plugin::workflows.'))
  ) {
    issues.push({
      path: 'contentType',
      it: 'tipo di record non valido (es. api::service.service)',
      en: 'invalid record type (e.g. api::service.service)',
    });
  }
  if (creating && data.definition === undefined) issues.push({ path: 'definition', it: 'obbligatorio', en: 'required' });
  issues.push(...checkChangeNote(data.changeNote));
  return issues;
}
