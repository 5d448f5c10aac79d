import { isRelationObject } from './fromStrapi';

/** Keys Strapi manages itself: a write body holding any of them is rejected with 400. */
export const READ_ONLY_KEYS: readonly string[] = [
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'locale',
  'localizations',
  'createdBy',
  'updatedBy',
];

type Data = Record<string, unknown>;

/**
 * The `data` of a Strapi write from a react-admin record or form values:
 * - read-only keys are dropped, also inside components (a component's `id` would tie the
 *   write to the entry it was read from: without it Strapi writes the list afresh);
 * - populated relations become their documentId, lists of them lists of documentIds;
 * - an emptied input ('') is sent as null, which clears the field (or is refused if required);
 * - `undefined` is dropped, so untouched absent fields stay as they are.
 */
export function toWritePayload(values: Data): Data {
  return stripObject(values);
}

function stripObject(values: Data): Data {
  const data: Data = {};
  for (const [key, value] of Object.entries(values)) {
    if (READ_ONLY_KEYS.includes(key) || value === undefined) continue;
    data[key] = toWriteValue(value);
  }
  return data;
}

function toWriteValue(value: unknown): unknown {
  if (value === '') return null;
  if (isRelationObject(value)) return value.documentId;
  if (Array.isArray(value)) return value.map((item) => (isRelationObject(item) ? item.documentId : toWriteValue(item)));
  if (isPlainObject(value)) return stripObject(value);
  return value;
}

function isPlainObject(value: unknown): value is Data {
  return !!value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
}
