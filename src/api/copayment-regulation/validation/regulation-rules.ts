import { singleRelationTarget } from '../../../catalogue/relation-values';
import { fieldError, type FieldError } from '../../../validation/field-errors';
import type { WriteRule } from '../../../copayment/server/ruled-controller';

const UID = 'api::copayment-regulation.copayment-regulation';

interface RegulationRow {
  documentId: string;
  name: string;
  scheme: string;
  validFrom: string;
  validTo: string | null;
  municipality?: { documentId: string } | null;
}

/**
 * A regulation version: a comune's tariffs name the comune, the uniform ones name none; validity ends
 * after it starts; two versions of the same scheme (and comune) are never in force on the same day.
 */
export const regulationRules: WriteRule = async (strapi, { data, documentId }) => {
  const existing = documentId
    ? ((await strapi.db
        .query(UID)
        .findOne({ where: { documentId }, populate: { municipality: { select: ['documentId'] } } })) as RegulationRow | null)
    : null;
  const pick = <T>(key: string, fallback: T): T => (data[key] === undefined ? fallback : (data[key] as T));
  const target = singleRelationTarget(data.municipality);
  const state = {
    scheme: pick<string | null>('scheme', existing?.scheme ?? null),
    municipality: target === undefined ? (existing?.municipality?.documentId ?? null) : target,
    validFrom: pick<string | null>('validFrom', existing?.validFrom ?? null),
    validTo: pick<string | null>('validTo', existing?.validTo ?? null),
  };

  const problems: FieldError[] = [];
  if (state.scheme === 'municipal' && !state.municipality) {
    problems.push(
      fieldError('municipality', 'indicare il comune a cui si applicano le tariffe', 'give the comune these tariffs apply to')
    );
  }
  if (state.scheme === 'uniform' && state.municipality) {
    problems.push(
      fieldError(
        'municipality',
        'le tariffe uniformi valgono per tutti i comuni: non indicare un comune',
        'uniform tariffs apply to every comune: give no comune'
      )
    );
  }
  if (state.validFrom && state.validTo && state.validTo < state.validFrom) {
    problems.push(fieldError('validTo', "la fine validità precede l'inizio", 'the end of validity is before its start'));
  }
  if (problems.length > 0 || !state.scheme || !state.validFrom) return problems;

  const others = (await strapi.db.query(UID).findMany({
    where: {
      scheme: state.scheme,
      ...(state.scheme === 'municipal' ? { municipality: { documentId: state.municipality } } : {}),
      ...(documentId ? { documentId: { $ne: documentId } } : {}),
    },
    select: ['documentId', 'name', 'validFrom', 'validTo'],
  })) as RegulationRow[];
  const end = state.validTo ?? '9999-12-31';
  const clash = others.find((other) => other.validFrom <= end && (other.validTo ?? '9999-12-31') >= (state.validFrom as string));
  if (clash) {
    problems.push(
      fieldError(
        'validFrom',
        `la validità si sovrappone a «${clash.name}» (${clash.validFrom} – ${clash.validTo ?? '…'}): chiudere prima quella versione`,
        `the validity overlaps «${clash.name}» (${clash.validFrom} – ${clash.validTo ?? '…'}): close that version first`
      )
    );
  }
  return problems;
};
