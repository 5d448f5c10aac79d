/**
 * The field errors of a refused case-file write, keyed by the form's field names. The case-file
 * routes name fields from the body (`data.provider`, `data.amount`); the form knows them as
 * `provider`, `amount`. Each text is already in the user's language (see providers/strapiErrors); the
 * whole message (`root`) is left to the notification.
 */
export function formErrorsOf(error: unknown): Record<string, string> {
  const errors = (error as { body?: { errors?: Record<string, unknown> } } | null)?.body?.errors;
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(errors ?? {})) {
    const text = typeof value === 'string' ? value : (value as { serverError?: string })?.serverError;
    if (!text || key === 'root') continue;
    const field = key.startsWith('data.') ? key.slice('data.'.length) : key;
    result[field] = result[field] && result[field] !== text ? `${result[field]}; ${text}` : text;
  }
  return result;
}
