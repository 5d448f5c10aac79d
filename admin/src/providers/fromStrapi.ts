import type { RaRecord } from 'react-admin';
import type { StrapiDocument } from './types';

/** A populated relation: an object carrying its `documentId`. */
export function isRelationObject(value: unknown): value is { documentId: string } {
  return (
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typeof (value as { documentId?: unknown }).documentId === 'string'
  );
}

/**
 * A Strapi document as a react-admin record: `id` is the `documentId` (the numeric id is dropped,
 * so it never reaches a form), and populated relations become documentIds (one, or a list), the
 * foreign keys that ReferenceField and ReferenceInput expect. Components are kept as they are.
 */
export function fromStrapi(document: StrapiDocument): RaRecord {
  const { id: _numericId, documentId, ...fields } = document;
  const record: RaRecord = { id: documentId };
  for (const [key, value] of Object.entries(fields)) record[key] = relationToIds(value);
  return record;
}

function relationToIds(value: unknown): unknown {
  if (isRelationObject(value)) return value.documentId;
  if (Array.isArray(value) && value.length > 0 && value.every(isRelationObject)) {
    return value.map((item) => item.documentId);
  }
  return value;
}
