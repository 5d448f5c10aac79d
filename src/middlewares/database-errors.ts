import { errors } from '@strapi/utils';
import type { Core } from '@strapi/strapi';

interface Ctx {
  method: string;
  path: string;
}

interface DatabaseError {
  code?: unknown;
  sql?: unknown;
  message?: unknown;
}

/** An error raised by the database driver (PostgreSQL's SQLSTATE codes, SQLite's `SQLITE_*`), or knex around it. */
export function isDatabaseError(error: unknown): error is DatabaseError {
  if (!error || typeof error !== 'object') return false;
  const { code, sql } = error as DatabaseError;
  return typeof sql === 'string' || (typeof code === 'string' && (code.startsWith('SQLITE_') || /^[0-9A-Z]{5}$/.test(code)));
}

/**
 * PostgreSQL's class 22 (data exception: a number out of range, a malformed date or number) and SQLite's
 * type mismatch and range errors come from a value the request brought: a 400, not a 500.
 */
const fromInput = (code: string) =>
  code.startsWith('22') || code === 'SQLITE_MISMATCH' || code === 'SQLITE_RANGE' || code === 'SQLITE_TOOBIG';

/**
 * Inside strapi::errors. A database error's message and details carry the failing SQL with its bound values
 * (a fiscal code searched for, a name being saved) and strapi::errors would write it whole to the log. It
 * is replaced by one that says only its code: logged here without values, answered 400 when the value
 * came from the request, 500 otherwise.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Ctx, next: () => Promise<void>) => {
    try {
      await next();
    } catch (error) {
      if (!isDatabaseError(error)) throw error;
      const code = typeof error.code === 'string' ? error.code : 'unknown';
      if (fromInput(code)) {
        strapi.log.warn(`Database refused a value of the request (code ${code}): ${ctx.method} ${ctx.path}`);
        throw new errors.ValidationError(
          "Valore non accettato: un numero o una data della richiesta è fuori dall'intervallo ammesso / Value not accepted: a number or date in the request is out of range"
        );
      }
      strapi.log.error(`Database error (code ${code}): ${ctx.method} ${ctx.path}`);
      const replacement = new Error(`Database error (code ${code})`);
      throw replacement;
    }
  };
