import { issueDetail } from '../plugins/plugin-kit/errors';

interface Ctx {
  method: string;
  path: string;
  status: number;
  body: unknown;
  query: Record<string, unknown>;
}

/** The largest page, offset or limit the app accepts: far beyond any table, well inside every database's integer. */
export const MAX_PAGING_NUMBER = 1_000_000_000;

/** Paging parameters of Strapi's REST API (`pagination[page]`, `pagination[start]`...) and their flat forms. */
const PAGING_KEYS = ['page', 'pageSize', 'start', 'limit'];

/** Problems of each paging value found in the query: not a whole number, or out of range. */
function pagingIssues(query: Record<string, unknown>) {
  const found: [string, unknown][] = [];
  const pagination = query.pagination;
  if (pagination && typeof pagination === 'object' && !Array.isArray(pagination)) {
    for (const key of PAGING_KEYS)
      if (key in pagination) found.push([`pagination[${key}]`, (pagination as Record<string, unknown>)[key]]);
  }
  for (const key of ['start', 'limit']) if (key in query) found.push([key, query[key]]);
  return found
    .filter(([, value]) => {
      if (typeof value !== 'string' || !/^-?\d+$/.test(value.trim())) return false;
      const number = Number(value);
      return number > MAX_PAGING_NUMBER || number < -1;
    })
    .map(([name]) =>
      issueDetail(
        [name],
        `numero fuori dall'intervallo ammesso (da 0 a ${MAX_PAGING_NUMBER.toLocaleString('it-IT')})`,
        `number out of the accepted range (0 to ${MAX_PAGING_NUMBER.toLocaleString('en-GB')})`
      )
    );
}

/** A sort entry as Strapi reads it: a field path (`name`, `area.name`) with an optional `:asc`/`:desc`. */
const SORT_ENTRY = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*(:(asc|desc))?$/i;

/** Sort values that are no field path (`../../etc/passwd`): Strapi's query layer failed on some with a 500. */
function sortIssues(query: Record<string, unknown>) {
  const sort = query.sort;
  const entries =
    typeof sort === 'string'
      ? sort.split(',')
      : Array.isArray(sort)
        ? sort.filter((e): e is string => typeof e === 'string')
        : [];
  return entries.some((entry) => !SORT_ENTRY.test(entry.trim()))
    ? [
        issueDetail(
          ['sort'],
          'ordinamento non valido: indicare un campo, es. name:asc',
          'invalid sort: name a field, e.g. name:asc'
        ),
      ]
    : [];
}

/**
 * Out-of-range paging numbers answer 400 naming the parameter (`pagination[start]=99999999999999999999`
 * otherwise reaches the database, which fails: a 500). Values that are not numbers are left to the
 * route's own validation, which answers 400 already. Every GET of the app's routes.
 */
export default () => async (ctx: Ctx, next: () => Promise<void>) => {
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
  const paging = pagingIssues(ctx.query ?? {});
  const issues = [...paging, ...sortIssues(ctx.query ?? {})];
  if (issues.length === 0) return next();
  const names = issues.map((issue) => issue.path[0]).join(', ');
  ctx.status = 400;
  ctx.body = {
    data: null,
    error: {
      status: 400,
      name: 'ValidationError',
      message:
        paging.length > 0
          ? `Numero fuori intervallo in ${names} / Number out of range in ${names}`
          : `Valore non valido in ${names} / Invalid value in ${names}`,
      details: { errors: issues },
    },
  };
};
