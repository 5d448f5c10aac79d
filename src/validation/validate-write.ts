import type { Core, UID } from '@strapi/strapi';
import { checkScalar, relationDocumentIds, type AttributeLike } from './attribute-checks';
import { fieldError, throwFieldErrors, type FieldError } from './field-errors';

const READ_ONLY = [
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
];
const MAX_RELATION_ITEMS = 500;

type Action = 'create' | 'update';
type Attributes = Record<string, AttributeLike>;

interface Context {
  strapi: Core.Strapi;
  action: Action;
  errors: FieldError[];
}

/**
 * Checks a content-API write body against the content type's schema before Strapi sees it, so that
 * every problem is answered as one 400 naming the field in Italian and English, and nothing is written.
 * Domain rules (dates in order, uniqueness of active accreditations, ...) live in document middlewares.
 */
export async function validateWrite(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  body: unknown,
  action: Action,
  documentId?: string
): Promise<void> {
  if (!body || typeof body !== 'object' || Array.isArray(body) || !isPlainObject((body as { data?: unknown }).data)) {
    throwFieldErrors([fieldError('data', 'il corpo deve contenere un oggetto "data"', 'the body must hold a "data" object')]);
  }
  const data = (body as { data: Record<string, unknown> }).data;
  const context: Context = { strapi, action, errors: [] };
  const attributes = strapi.getModel(uid).attributes as Attributes;
  checkObject(context, [], attributes, data, action === 'create');
  await checkRelations(context, attributes, data);
  await checkUnique(context, uid, attributes, data, documentId);
  if (context.errors.length > 0) throwFieldErrors(context.errors);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function checkObject(
  context: Context,
  prefix: string[],
  attributes: Attributes,
  data: Record<string, unknown>,
  requireAll: boolean,
  extraAllowed: string[] = []
): void {
  for (const [key, value] of Object.entries(data)) {
    const path = [...prefix, key];
    if (extraAllowed.includes(key)) continue;
    if (READ_ONLY.includes(key)) {
      context.errors.push(fieldError(path, 'campo in sola lettura', 'read-only field'));
      continue;
    }
    const attribute = attributes[key];
    if (!attribute || attribute.private) {
      context.errors.push(fieldError(path, 'campo sconosciuto', 'unknown field'));
      continue;
    }
    if ((value === null || value === '') && attribute.required) {
      context.errors.push(fieldError(path, 'obbligatorio', 'required'));
      continue;
    }
    if (attribute.type === 'component') checkComponent(context, path, attribute, value);
    else if (attribute.type !== 'relation') context.errors.push(...checkScalar(path, attribute, value));
  }
  if (!requireAll) return;
  for (const [key, attribute] of Object.entries(attributes)) {
    if (attribute.required && attribute.default === undefined && attribute.type !== 'relation' && data[key] === undefined) {
      context.errors.push(fieldError([...prefix, key], 'obbligatorio', 'required'));
    }
  }
}

function checkComponent(context: Context, path: string[], attribute: AttributeLike, value: unknown): void {
  if (value === null) return;
  const schema = context.strapi.components[attribute.component as UID.Component];
  const items = attribute.repeatable ? value : [value];
  if (!Array.isArray(items) || (attribute.repeatable && !Array.isArray(value))) {
    context.errors.push(fieldError(path, 'deve essere un elenco', 'must be a list'));
    return;
  }
  if (items.length > MAX_RELATION_ITEMS) {
    context.errors.push(fieldError(path, 'troppi elementi', 'too many items'));
    return;
  }
  items.forEach((item, index) => {
    const itemPath = attribute.repeatable ? [...path, String(index)] : path;
    if (!isPlainObject(item)) {
      context.errors.push(fieldError(itemPath, 'deve essere un oggetto', 'must be an object'));
      return;
    }
    checkObject(context, itemPath, schema.attributes as Attributes, item, item.id === undefined, ['id']);
  });
}

async function checkRelations(context: Context, attributes: Attributes, data: Record<string, unknown>): Promise<void> {
  for (const [key, value] of Object.entries(data)) {
    const attribute = attributes[key];
    if (!attribute || attribute.type !== 'relation' || !attribute.target) continue;
    const { ids, malformed } = relationDocumentIds(value);
    const many = attribute.relation?.endsWith('ToMany');
    if (malformed || ids.some((id) => typeof id !== 'string' || id === '') || (!many && ids.length > 1)) {
      context.errors.push(
        fieldError(key, 'riferimento non valido: indicare il documentId', 'invalid reference: give the documentId')
      );
      continue;
    }
    if (ids.length > MAX_RELATION_ITEMS) {
      context.errors.push(fieldError(key, 'troppi riferimenti', 'too many references'));
      continue;
    }
    const unique = [...new Set(ids as string[])];
    if (unique.length === 0) continue;
    const found = await context.strapi.db
      .query(attribute.target as UID.ContentType)
      .findMany({ where: { documentId: { $in: unique } }, select: ['documentId'] });
    const known = new Set(found.map((row: { documentId: string }) => row.documentId));
    const missing = unique.filter((id) => !known.has(id));
    if (missing.length > 0) {
      const label = context.strapi.getModel(attribute.target as UID.ContentType).info.singularName;
      context.errors.push(
        fieldError(
          key,
          `riferimento sconosciuto (${label}: ${missing.join(', ')})`,
          `unknown reference (${label}: ${missing.join(', ')})`
        )
      );
    }
  }
}

async function checkUnique(
  context: Context,
  uid: UID.ContentType,
  attributes: Attributes,
  data: Record<string, unknown>,
  documentId?: string
): Promise<void> {
  for (const [key, attribute] of Object.entries(attributes)) {
    const value = data[key];
    if (!(attribute as { unique?: boolean }).unique || typeof value !== 'string' || value === '') continue;
    const where: Record<string, unknown> = { [key]: value };
    if (documentId) where.documentId = { $ne: documentId };
    const clash = await context.strapi.db.query(uid).findOne({ where, select: ['documentId'] });
    if (clash)
      context.errors.push(fieldError(key, 'valore già usato da un altro record', 'value already used by another record'));
  }
}
