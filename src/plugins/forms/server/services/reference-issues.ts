import type { Core, UID } from '@strapi/strapi';
import type { FormDefinition } from '../../shared';
import type { BilingualIssue } from '../utils/errors';

/** Where a reference field points: the host app's content types (configurable through the plugin config). */
export const REFERENCE_TARGETS: Record<string, UID.ContentType> = {
  municipality: 'api::municipality.municipality',
  service: 'api::service.service',
  provider: 'api::provider.provider',
};

interface FieldLike {
  key: string;
  type: string;
  target?: string;
  fields?: FieldLike[];
}

interface Reference {
  path: string;
  target: string;
  id: unknown;
  /** For a file: what the client claims about it, checked against the stored upload. */
  file?: { name?: unknown; mime?: unknown; size?: unknown };
}

function collect(fields: FieldLike[], data: Record<string, unknown>, prefix: string, out: Reference[]) {
  for (const field of fields) {
    const value = data[field.key];
    if (value === undefined || value === null) continue;
    const path = prefix ? `${prefix}.${field.key}` : field.key;
    if (field.type === 'reference' && field.target) out.push({ path, target: field.target, id: value });
    if (field.type === 'file' && typeof value === 'object') {
      const file = value as { id?: unknown; name?: unknown; mime?: unknown; size?: unknown };
      out.push({ path, target: 'file', id: file.id, file });
    }
    if (field.type === 'group' && Array.isArray(value)) {
      value.forEach((row, index) => collect(field.fields ?? [], (row ?? {}) as Record<string, unknown>, `${path}.${index}`, out));
    }
  }
}

/** A reference must name a record that exists (the shared validator can only check its shape). */
export async function referenceIssues(
  strapi: Core.Strapi,
  definition: FormDefinition,
  data: Record<string, unknown>
): Promise<BilingualIssue[]> {
  const references: Reference[] = [];
  const fields = (definition.sections as { fields: FieldLike[] }[]).flatMap((section) => section.fields);
  collect(fields, data, '', references);
  const issues: BilingualIssue[] = [];
  for (const reference of references) {
    if (reference.file) {
      issues.push(...(await fileIssues(strapi, reference)));
      continue;
    }
    const uid = REFERENCE_TARGETS[reference.target];
    const found =
      uid && typeof reference.id === 'string'
        ? await strapi.db.query(uid).findOne({ where: { documentId: reference.id }, select: ['id'] })
        : null;
    if (!found) issues.push({ path: reference.path, it: 'riferimento inesistente', en: 'no such record' });
  }
  return issues;
}

/** A file field names an upload that exists, with the name, type and size the client reported (checked by the schema). */
async function fileIssues(strapi: Core.Strapi, reference: Reference): Promise<BilingualIssue[]> {
  const stored =
    typeof reference.id === 'number'
      ? await strapi.db
          .query('plugin::upload.file')
          .findOne({ where: { id: reference.id }, select: ['id', 'name', 'mime', 'size'] })
      : null;
  if (!stored)
    return [{ path: reference.path, it: 'file non trovato: caricarlo di nuovo', en: 'file not found: upload it again' }];
  const sizeBytes = Math.round(Number(stored.size) * 1024); // Strapi stores the size in kB
  const claimed = reference.file ?? {};
  if (stored.mime !== claimed.mime || Math.abs(sizeBytes - Number(claimed.size)) > 1024) {
    return [
      { path: reference.path, it: 'il file non corrisponde a quello caricato', en: 'the file does not match the uploaded one' },
    ];
  }
  return [];
}

/** Comuni named by the data's municipality references that are not among `allowed` (null: any allowed). */
export function comuneIssues(
  definition: FormDefinition,
  data: Record<string, unknown>,
  allowed: string[] | null
): BilingualIssue[] {
  if (!allowed) return [];
  const references: Reference[] = [];
  collect(
    (definition.sections as { fields: FieldLike[] }[]).flatMap((section) => section.fields),
    data,
    '',
    references
  );
  return references
    .filter((reference) => reference.target === 'municipality' && !allowed.includes(reference.id as string))
    .map((reference) => ({
      path: reference.path,
      it: 'comune non tra quelli del tuo account',
      en: 'comune not among those of your account',
    }));
}
