import type { StrapiErrorBody, StrapiFieldError } from './types';

/** Field errors keyed by field path, as react-admin forms read them from `HttpError.body.errors`. */
export type FormErrors = Record<string, string | { serverError: string }>;

/** What react-admin needs to build an HttpError from a failed Strapi answer. */
export interface MappedError {
  /** Shown in the notification. */
  message: string;
  /** The HttpError body: Strapi's own body, plus `errors` when fields are to blame. */
  body: Record<string, unknown> & { errors?: FormErrors };
}

/**
 * Maps a Strapi error answer (`{ error: { status, name, message, details: { errors } } }`) to the
 * message shown to the user and the field errors shown under the inputs: `details.errors[].path`
 * becomes the field key (`lots.0.name`; a leading `data.` envelope is dropped), the text is the one in the user's language when the server
 * gave both (`it`, `en`), else its `message`. `errors.root.serverError` repeats the message so that
 * react-admin notifies it when the form is refused.
 */
export function mapStrapiError(json: unknown, status: number, statusText: string, language?: string): MappedError {
  const error = isStrapiErrorBody(json) ? json.error : undefined;
  const message = error?.message || statusText || `HTTP ${status}`;
  const body: MappedError['body'] = json && typeof json === 'object' ? { ...(json as Record<string, unknown>) } : {};
  const fieldErrors = error?.details?.errors;
  if (Array.isArray(fieldErrors) && fieldErrors.length > 0) {
    body.errors = { ...toFormErrors(fieldErrors, language), root: { serverError: message } };
  }
  return { message, body };
}

/** `details.errors` as `{ 'field.path': text }`; several problems on one field are joined. */
export function toFormErrors(errors: StrapiFieldError[], language?: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const error of errors) {
    const path = (error.path ?? []).map(String);
    // Routes that check the whole body name fields under its `data` envelope; the form's fields are inside it.
    const key = (path[0] === 'data' && path.length > 1 ? path.slice(1) : path).join('.') || 'root.serverError';
    const text = (language === 'en' ? error.en : language === 'it' ? error.it : undefined) ?? error.message;
    result[key] = result[key] ? `${result[key]}; ${text}` : text;
  }
  return result;
}

function isStrapiErrorBody(json: unknown): json is StrapiErrorBody {
  return (
    !!json &&
    typeof json === 'object' &&
    !!(json as { error?: unknown }).error &&
    typeof (json as { error: unknown }).error === 'object'
  );
}
