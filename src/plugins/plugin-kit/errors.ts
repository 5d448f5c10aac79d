import { errors } from '@strapi/utils';

/** A problem told in Italian and English; `path` is dotted (e.g. `household.2.birthDate`). */
export interface BilingualIssue {
  path: string;
  it: string;
  en: string;
}

/** One entry of `error.details.errors`: the shape every 400 of the app uses. */
export type IssueDetail = { path: string[]; it: string; en: string; message: string } & Record<string, unknown>;

export function issueDetail(path: string[], it: string, en: string, extra: Record<string, unknown> = {}): IssueDetail {
  const field = path.join('.') || '(root)';
  return { path, it, en, message: `${field}: ${it} / ${field}: ${en}`, ...extra };
}

/** 400 listing every detail; the message repeats them for clients that show only `message`. */
export function throwDetails(details: IssueDetail[]): never {
  const it = details.map((d) => `${d.path.join('.') || '(root)'}: ${d.it}`).join('; ');
  const en = details.map((d) => `${d.path.join('.') || '(root)'}: ${d.en}`).join('; ');
  throw new errors.ValidationError(`Dati non validi – ${it} / Invalid data – ${en}`, { errors: details });
}

/** 400 listing every issue as `{ path: string[], message, it, en }`, under `prefix` (e.g. `['data']`). */
export function throwIssues(issues: BilingualIssue[], prefix: string[] = []): never {
  throwDetails(issues.map((issue) => issueDetail([...prefix, ...(issue.path ? issue.path.split('.') : [])], issue.it, issue.en)));
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
