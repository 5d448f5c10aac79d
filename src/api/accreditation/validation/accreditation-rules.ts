import type { DocumentRule } from '../../../catalogue/document-rules';
import { singleRelationTarget } from '../../../catalogue/relation-values';
import { fieldError, type FieldError } from '../../../validation/field-errors';

const UID = 'api::accreditation.accreditation';

interface AccreditationState {
  provider: string | null;
  service: string | null;
  validFrom: string | null;
  validTo: string | null;
  status: string;
}

export const accreditationRules: DocumentRule = async (strapi, { action, data, documentId }) => {
  const existing = documentId
    ? await strapi.db.query(UID).findOne({ where: { documentId }, populate: { provider: true, service: true } })
    : null;
  const pick = <T>(key: string, fallback: T): T => (data[key] === undefined ? fallback : (data[key] as T));
  const state: AccreditationState = {
    provider:
      singleRelationTarget(data.provider) ?? (data.provider === undefined ? (existing?.provider?.documentId ?? null) : null),
    service: singleRelationTarget(data.service) ?? (data.service === undefined ? (existing?.service?.documentId ?? null) : null),
    validFrom: pick('validFrom', existing?.validFrom ?? null),
    validTo: pick('validTo', existing?.validTo ?? null),
    status: pick('status', existing?.status ?? 'active'),
  };

  const problems: FieldError[] = [];
  if (action === 'create' || data.provider !== undefined) {
    if (!state.provider)
      problems.push(fieldError('provider', "indicare l'ente accreditato", 'the accredited provider is required'));
  }
  if (action === 'create' || data.service !== undefined) {
    if (!state.service) problems.push(fieldError('service', 'indicare il servizio', 'the service is required'));
  }
  if (state.validFrom && state.validTo && state.validTo < state.validFrom) {
    problems.push(fieldError('validTo', "la fine validità precede l'inizio", 'the end of validity is before its start'));
  }
  if (state.status === 'active' && state.provider && state.service) {
    const clash = await strapi.db.query(UID).findOne({
      where: {
        status: 'active',
        provider: { documentId: state.provider },
        service: { documentId: state.service },
        ...(documentId ? { documentId: { $ne: documentId } } : {}),
      },
      select: ['documentId'],
    });
    if (clash) {
      problems.push(
        fieldError(
          'service',
          `esiste già un accreditamento attivo di questo ente per questo servizio (${clash.documentId})`,
          `this provider already has an active accreditation for this service (${clash.documentId})`
        )
      );
    }
  }
  return problems;
};

/** Valid today: active, started, not ended. */
export function isAccreditationValidOn(
  accreditation: { status: string; validFrom: string | null; validTo: string | null },
  day: string
): boolean {
  if (accreditation.status !== 'active') return false;
  if (accreditation.validFrom && accreditation.validFrom > day) return false;
  return !accreditation.validTo || accreditation.validTo >= day;
}
