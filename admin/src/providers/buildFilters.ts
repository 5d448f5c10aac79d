/**
 * Relations the console filters on. A filter on one of them compares the related document's
 * `documentId` (`filters[area][documentId][$eq]=…`); any other filter compares the field itself.
 */
export const RELATION_FILTERS: readonly string[] = [
  'area',
  'municipalities',
  'providers',
  'provider',
  'service',
  'municipality',
  'fundingSources',
  'measures',
];

/** react-admin style suffixes (`validTo_gte`) and the Strapi operator each stands for. */
const OPERATOR_SUFFIXES: Record<string, string> = {
  _gte: '$gte',
  _lte: '$lte',
  _gt: '$gt',
  _lt: '$lt',
  _ne: '$ne',
  _containsi: '$containsi',
};

type Filters = Record<string, Record<string, unknown>>;

/**
 * Turns react-admin's filter values into Strapi's `filters` object:
 * - `q` searches the name, case-insensitively (`name[$containsi]`);
 * - `id` (react-admin's id is Strapi's documentId) matches `documentId`;
 * - relations match the related `documentId`;
 * - a list of values matches any of them (`$in`), one value matches exactly (`$eq`);
 * - empty values (undefined, '', []) are ignored, as an empty filter input means "no filter".
 */
export function buildFilters(
  filter: Record<string, unknown> | undefined,
  relations: readonly string[] = RELATION_FILTERS
): Filters {
  const filters: Filters = {};
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (isEmpty(value)) continue;
    if (key === 'q') {
      add(filters, 'name', { $containsi: String(value) });
      continue;
    }
    const { field, operator } = splitOperator(key);
    const condition = Array.isArray(value) ? { $in: value } : { [operator]: value };
    if (relations.includes(field)) add(filters, field, { documentId: condition });
    else add(filters, field === 'id' ? 'documentId' : field, condition);
  }
  return filters;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function splitOperator(key: string): { field: string; operator: string } {
  for (const [suffix, operator] of Object.entries(OPERATOR_SUFFIXES)) {
    if (key.endsWith(suffix) && key.length > suffix.length) return { field: key.slice(0, -suffix.length), operator };
  }
  return { field: key, operator: '$eq' };
}

function add(filters: Filters, field: string, condition: Record<string, unknown>): void {
  filters[field] = { ...filters[field], ...condition };
}
