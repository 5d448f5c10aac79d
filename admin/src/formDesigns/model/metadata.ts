import type { FormMetadata, FormSummary } from '../../forms/api/types';

/** The roles that may fill a form (the UdP designs every form, and may fill them too). */
export const FILLER_ROLES = ['operator', 'provider', 'table-member', 'udp'] as const;

/** The metadata form's values. */
export interface MetadataValues {
  key?: string;
  title?: { it?: string; en?: string };
  description?: { it?: string; en?: string } | null;
  roles?: string[];
  area?: string | null;
  services?: string[] | null;
}

/** A form's metadata as the form edits it (relations as documentIds). */
export function metadataValues(form: FormSummary): MetadataValues {
  return {
    key: form.key,
    title: form.title,
    description: form.description ?? { it: '', en: '' },
    roles: form.roles,
    area: form.area?.documentId ?? null,
    services: (form.services ?? []).map((service) => service.documentId),
  };
}

/**
 * The metadata to send: texts trimmed, a description in both languages or none (null clears it),
 * no area as null, services as a list.
 */
export function toMetadata(values: MetadataValues): FormMetadata {
  const text = (value: string | undefined) => (value ?? '').trim();
  const description = { it: text(values.description?.it), en: text(values.description?.en) };
  return {
    ...(values.key ? { key: values.key.trim() } : {}),
    title: { it: text(values.title?.it), en: text(values.title?.en) },
    description: description.it === '' && description.en === '' ? null : description,
    roles: values.roles ?? [],
    area: values.area || null,
    services: values.services ?? [],
  };
}
