import type { Core } from '@strapi/strapi';

interface Flags {
  personal?: boolean;
  sensitive?: boolean;
  purpose?: string;
  retentionYears?: number;
}
type WithFlags = { pluginOptions?: { gdpr?: Flags } };

/**
 * The register of processing (art. 30) generated from the schemas: every content type or component with
 * attributes flagged `pluginOptions.gdpr.personal`, its purpose and retention from the type's own flags,
 * and which of its attributes are special-category (`sensitive`) data.
 */
export function processingRegister(strapi: Core.Strapi) {
  const entries = [];
  const models = [
    ...Object.entries(strapi.contentTypes).map(([uid, model]) => ({ uid, model, kind: 'content-type' })),
    ...Object.entries(strapi.components).map(([uid, model]) => ({ uid, model, kind: 'component' })),
  ];
  for (const { uid, model, kind } of models) {
    const attributes = model.attributes as Record<string, WithFlags>;
    const personal = Object.entries(attributes)
      .filter(([, a]) => a.pluginOptions?.gdpr?.personal)
      .map(([name]) => name);
    if (personal.length === 0) continue;
    const sensitive = Object.entries(attributes)
      .filter(([, a]) => a.pluginOptions?.gdpr?.sensitive)
      .map(([name]) => name);
    const own = ((model as WithFlags).pluginOptions?.gdpr ?? {}) as Flags;
    entries.push({
      uid,
      kind,
      name: (model.info as { displayName?: string }).displayName ?? uid,
      collection: (model as { collectionName?: string }).collectionName ?? null,
      purpose: own.purpose ?? null,
      retentionYears: own.retentionYears ?? null,
      personalAttributes: personal,
      specialCategoryAttributes: sensitive,
    });
  }
  return {
    controller: "Ufficio di Piano dell'Ambito – Distretto 4",
    legalBasis: 'Art. 6.1(e) e 9.2(g),(h) GDPR; L. 328/2000; L.R. Lombardia 3/2008',
    recipients: [
      'Comuni del Distretto 4',
      'Enti gestori accreditati (su invio e consenso) / Accredited providers (on referral and consent)',
    ],
    entries: entries.sort((a, b) => a.uid.localeCompare(b.uid)),
  };
}
