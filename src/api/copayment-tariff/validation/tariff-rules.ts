import { singleRelationTarget } from '../../../catalogue/relation-values';
import { fieldError, type FieldError } from '../../../validation/field-errors';
import { pickTariffParameters, validateTariff } from '../../../copayment/calculator/validate-tariff';
import type { WriteRule } from '../../../copayment/server/ruled-controller';
import { TARIFF } from '../../../copayment/server/tariffs-in-force';

/**
 * A tariff belongs to a regulation and a service (one per pair) and its parameters make a whole rule:
 * see validateTariff (bands from 0 without gaps or overlaps, floor below ceiling, shares within 100 %, ...).
 * On update the stored values fill in what the body leaves out.
 */
export const tariffRules: WriteRule = async (strapi, { action, data, documentId }) => {
  const existing = documentId
    ? ((await strapi.db.query(TARIFF).findOne({
        where: { documentId },
        populate: { regulation: { select: ['documentId'] }, service: { select: ['documentId'] } },
      })) as (Record<string, unknown> & { regulation?: { documentId: string }; service?: { documentId: string } }) | null)
    : null;
  const relation = (key: 'regulation' | 'service') => {
    const target = singleRelationTarget(data[key]);
    return target === undefined ? (existing?.[key]?.documentId ?? null) : target;
  };
  const regulation = relation('regulation');
  const service = relation('service');

  const problems: FieldError[] = [];
  if ((action === 'create' || data.regulation !== undefined) && !regulation) {
    problems.push(fieldError('regulation', 'indicare il regolamento', 'the regulation is required'));
  }
  if ((action === 'create' || data.service !== undefined) && !service) {
    problems.push(fieldError('service', 'indicare il servizio', 'the service is required'));
  }
  const parameters = { rounding: 'cent', ...pickTariffParameters(existing ?? {}), ...pickTariffParameters(data) };
  problems.push(...validateTariff(parameters));

  if (regulation && service) {
    const clash = await strapi.db.query(TARIFF).findOne({
      where: {
        regulation: { documentId: regulation },
        service: { documentId: service },
        ...(documentId ? { documentId: { $ne: documentId } } : {}),
      },
      select: ['documentId'],
    });
    if (clash) {
      problems.push(
        fieldError(
          'service',
          `questo regolamento ha già una tariffa per il servizio (${clash.documentId})`,
          `this regulation already has a tariff for the service (${clash.documentId})`
        )
      );
    }
  }
  return problems;
};
