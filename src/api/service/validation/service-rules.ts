import type { DocumentRule } from '../../../catalogue/document-rules';
import { manyRelationTargets } from '../../../catalogue/relation-values';
import { errors } from '@strapi/utils';
import { fieldError, type FieldError } from '../../../validation/field-errors';
import { casePathRules } from './case-path-rules';
import { isAccreditationValidOn } from '../../accreditation/validation/accreditation-rules';

const UID = 'api::service.service';

/**
 * A service procured by accreditation lists as its providers only those holding a valid
 * accreditation for it today: the citizen chooses among them and the voucher follows.
 */
export const serviceRules: DocumentRule = async (strapi, write) => {
  const casePath = await casePathRules(strapi, write.data, write.documentId);
  if (casePath.length > 0) throwLabelled(casePath);
  return providerRules(strapi, write);
};

/** 400 whose messages name the fields by their labels (each entry's `it`/`en` starts with the label). */
function throwLabelled(list: FieldError[]): never {
  const it = list.map((e) => e.it).join('; ');
  const en = list.map((e) => e.en).join('; ');
  throw new errors.ValidationError(`Dati non validi – ${it} / Invalid data – ${en}`, { errors: list });
}

const providerRules: DocumentRule = async (strapi, { data, documentId }) => {
  if (data.providers === undefined && data.procurementMode === undefined) return [];
  const existing = documentId
    ? await strapi.db.query(UID).findOne({ where: { documentId }, populate: { providers: { select: ['documentId'] } } })
    : null;
  const mode = (data.procurementMode as string | undefined) ?? existing?.procurementMode;
  if (mode !== 'accreditamento') return [];
  const current = (existing?.providers ?? []).map((p: { documentId: string }) => p.documentId);
  const providers = manyRelationTargets(data.providers, current);
  if (providers.length === 0) return [];

  const today = new Date().toISOString().slice(0, 10);
  const accreditations = documentId
    ? await strapi.db.query('api::accreditation.accreditation').findMany({
        where: { service: { documentId }, provider: { documentId: { $in: providers } } },
        populate: { provider: { select: ['documentId'] } },
      })
    : [];
  const accredited = new Set(
    accreditations
      .filter((a: Parameters<typeof isAccreditationValidOn>[0]) => isAccreditationValidOn(a, today))
      .map((a: { provider: { documentId: string } }) => a.provider.documentId)
  );
  const missing = providers.filter((id) => !accredited.has(id));
  if (missing.length === 0) return [];
  return [
    fieldError(
      'providers',
      `enti senza accreditamento valido per questo servizio: ${missing.join(', ')}`,
      `providers without a valid accreditation for this service: ${missing.join(', ')}`
    ),
  ];
};
