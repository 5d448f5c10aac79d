import { throwIssues } from './errors';

/** The part of a request the helpers read. */
interface WithBody {
  request: { body?: unknown };
}

/** The `data` object of a write body; with `allowed`, other keys are refused (400 naming each). */
export function bodyData(ctx: WithBody, allowed?: string[]): Record<string, unknown> {
  const data = (ctx.request.body as { data?: unknown } | undefined)?.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throwIssues([{ path: 'data', it: 'il corpo deve contenere un oggetto "data"', en: 'the body must hold a "data" object' }]);
  }
  const record = data as Record<string, unknown>;
  if (allowed) {
    const unknown = Object.keys(record).filter((key) => !allowed.includes(key));
    if (unknown.length > 0)
      throwIssues(
        unknown.map((path) => ({ path, it: 'campo sconosciuto', en: 'unknown field' })),
        ['data']
      );
  }
  return record;
}

/** A version number from the URL or query: a whole number from 1 (400 naming `name` otherwise). */
export function versionNumber(raw: unknown, name = 'version'): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throwIssues([{ path: name, it: 'numero di versione non valido', en: 'invalid version number' }]);
  return value;
}
