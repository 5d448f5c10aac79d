import { errors } from '@strapi/utils';
import type { PersonalDataFinding } from '../../shared';

/** A problem told in Italian and English; `path` is dotted (e.g. `agenda.2.title`). */
export interface BilingualIssue {
  path: string;
  it: string;
  en: string;
}

type Detail = { path: string[]; it: string; en: string; message: string } & Record<string, unknown>;

function raise(details: Detail[]): never {
  const it = details.map((d) => `${d.path.join('.') || '(root)'}: ${d.it}`).join('; ');
  const en = details.map((d) => `${d.path.join('.') || '(root)'}: ${d.en}`).join('; ');
  throw new errors.ValidationError(`Dati non validi – ${it} / Invalid data – ${en}`, { errors: details });
}

const detail = (path: string[], it: string, en: string, extra: Record<string, unknown> = {}): Detail => {
  const field = path.join('.') || '(root)';
  return { path, it, en, message: `${field}: ${it} / ${field}: ${en}`, ...extra };
};

/** 400 listing every issue as `{ path: string[], message, it, en }`, the shape the whole app uses. */
export function throwIssues(issues: BilingualIssue[], prefix: string[] = []): never {
  raise(issues.map((issue) => detail([...prefix, ...(issue.path ? issue.path.split('.') : [])], issue.it, issue.en)));
}

/** 400 naming every place where personal data was found: field path plus `offset`, `length`, `kind`, `masked`. */
export function throwPersonalData(findings: PersonalDataFinding[]): never {
  raise(findings.map((f) => detail(f.path, f.it, f.en, { offset: f.offset, length: f.length, kind: f.kind, masked: f.masked })));
}

export function notFound(it: string, en: string): never {
  throw new errors.NotFoundError(`${it} / ${en}`);
}

export function forbidden(it: string, en: string): never {
  throw new errors.ForbiddenError(`${it} / ${en}`);
}

/** A request that cannot apply to the current state (e.g. approving minutes still in draft): 400, nothing changed. */
export function conflict(it: string, en: string): never {
  throw new errors.ApplicationError(`${it} / ${en}`);
}
