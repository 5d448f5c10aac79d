import { errors } from '@strapi/utils';

/** A problem told in Italian and English; `path` is dotted (e.g. `household.2.birthDate`). */
export interface BilingualIssue {
  path: string;
  it: string;
  en: string;
}

/** 400 listing every issue as `{ path: string[], message, it, en }`, the shape the whole app uses. */
export function throwIssues(issues: BilingualIssue[], prefix: string[] = []): never {
  const details = issues.map((issue) => {
    const path = [...prefix, ...(issue.path ? issue.path.split('.') : [])];
    const field = path.join('.') || '(root)';
    return { path, it: issue.it, en: issue.en, message: `${field}: ${issue.it} / ${field}: ${issue.en}` };
  });
  const it = details.map((d) => `${d.path.join('.')}: ${d.it}`).join('; ');
  const en = details.map((d) => `${d.path.join('.')}: ${d.en}`).join('; ');
  throw new errors.ValidationError(`Dati non validi – ${it} / Invalid data – ${en}`, { errors: details });
}

export function notFound(it: string, en: string): never {
  throw new errors.NotFoundError(`${it} / ${en}`);
}

export function forbidden(it: string, en: string): never {
  throw new errors.ForbiddenError(`${it} / ${en}`);
}

/** A request that cannot apply to the current state (e.g. publishing with no draft): 400, nothing changed. */
export function conflict(it: string, en: string): never {
  throw new errors.ApplicationError(`${it} / ${en}`);
}
