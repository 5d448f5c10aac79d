import { errors } from '@strapi/utils';
import type { Issue, Reason } from '../../shared';

/** A problem told in Italian and English; `path` is dotted (e.g. `definition.transitions.2.to`). */
export interface BilingualIssue {
  path: string;
  it: string;
  en: string;
}

/** 400 listing every issue as `{ path: string[], message, it, en }`, the shape the whole app uses. */
export function throwIssues(issues: (BilingualIssue | Issue)[], prefix: string[] = []): never {
  const details = issues.map((item) => {
    const path = [...prefix, ...(item.path ? item.path.split('.') : [])];
    const field = path.join('.') || '(root)';
    return { path, it: item.it, en: item.en, message: `${field}: ${item.it} / ${field}: ${item.en}` };
  });
  const it = details.map((d) => `${d.path.join('.')}: ${d.it}`).join('; ');
  const en = details.map((d) => `${d.path.join('.')}: ${d.en}`).join('; ');
  throw new errors.ValidationError(`Dati non validi – ${it} / Invalid data – ${en}`, { errors: details });
}

export function notFound(it: string, en: string): never {
  throw new errors.NotFoundError(`${it} / ${en}`);
}

/**
 * 403 with its own message. (Strapi's authorize step turns a ForbiddenError thrown by a controller into a
 * bare "Forbidden", so the plugin's middleware answers this one.)
 */
export function forbidden(it: string, en: string, details: Record<string, unknown> = {}): never {
  throw new WorkflowHttpError(403, 'ForbiddenError', `${it} / ${en}`, { it, en, ...details });
}

/** A request that does not apply to the definition's current life-cycle (e.g. publishing with no draft): 400. */
export function badRequest(it: string, en: string): never {
  throw new errors.ApplicationError(`${it} / ${en}`);
}

/**
 * An error with an HTTP status Strapi has no class for (409, 422). It extends Strapi's ApplicationError,
 * so without the plugin's middleware it would still be a clean 400, never a 500; the middleware
 * (`middlewares/http-errors.ts`) answers with its own status in Strapi's error shape.
 */
export class WorkflowHttpError extends errors.ApplicationError {
  status: number;

  constructor(status: number, name: string, message: string, details: Record<string, unknown>) {
    super(message, details);
    (this as { name: string }).name = name;
    this.status = status;
  }
}

/** 409: the record is no longer in the state the caller saw (someone else moved it first), or already running. */
export function conflict(it: string, en: string, details: Record<string, unknown> = {}): never {
  throw new WorkflowHttpError(409, 'ConflictError', `${it} / ${en}`, { it, en, ...details });
}

/** 422: the request is understood but the workflow does not allow it now (a guard fails, a comment is missing). */
export function unprocessable(it: string, en: string, reasons: Reason[], details: Record<string, unknown> = {}): never {
  throw new WorkflowHttpError(422, 'UnprocessableEntityError', `${it} / ${en}`, { it, en, reasons, ...details });
}
