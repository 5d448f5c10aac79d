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

function collect(fields: FieldLike[], data: Record<string, unknown>, prefix: string, out: { path: string; target: string; id: unknown }[]) {
  for (const field of fields) {
    const value = data[field.key];
    if (value === undefined || value === null) continue;
    const path = prefix ? `${prefix}.${field.key}` : field.key;
    if (field.type === 'reference' && field.target) out.push({ path, target: field.target, id: value });
    if (field.type === 'group' && Array.isArray(value)) {
      value.forEach((row, index) => collect(field.fields ?? [], (row ?? {}) as Record<string, unknown>, `${path}.${index}`, out));
    }
  }
}

/** A reference must name a record that exists (the shared validator can only check its shape). */
export async function referenceIssues(strapi: Core.Strapi, definition: FormDefinition, data: Record<string, unknown>): Promise<BilingualIssue[]> {
  const references: { path: string; target: string; id: unknown }[] = [];
  const fields = (definition.sections as unknown as { fields: FieldLike[] }[]).flatMap((section) => section.fields);
  collect(fields, data, '', references);
  const issues: BilingualIssue[] = [];
  for (const reference of references) {
    const uid = REFERENCE_TARGETS[reference.target];
    const found =
      uid && typeof reference.id === 'string'
        ? await strapi.db.query(uid).findOne({ where: { documentId: reference.id }, select: ['id'] })
        : null;
    if (!found) issues.push({ path: reference.path, it: 'riferimento inesistente', en: 'no such record' });
  }
  return issues;
}
