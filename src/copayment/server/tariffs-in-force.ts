import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { TariffParameters } from '../calculator/types';
import { pickTariffParameters, validateTariff } from '../calculator/validate-tariff';
import type { MunicipalityRef } from '../calculator/normalize-rows';

export const TARIFF = 'api::copayment-tariff.copayment-tariff';
export const REGULATION = 'api::copayment-regulation.copayment-regulation';

export interface RegulationSummary {
  documentId: string;
  code: string;
  name: string;
  scheme: 'municipal' | 'uniform';
  validFrom: string;
  validTo: string | null;
  exampleData: boolean;
  municipality: MunicipalityRef | null;
}

export interface TariffInForce {
  documentId: string;
  parameters: TariffParameters;
  regulation: RegulationSummary;
}

interface StoredTariff extends Record<string, unknown> {
  documentId: string;
  regulation: (Omit<RegulationSummary, 'municipality'> & { municipality: MunicipalityRef | null }) | null;
}

/**
 * A service's tariffs in force on a day: the uniform district tariff and each comune's own, by ISTAT
 * code. Regulations of the same scheme (and comune) never overlap in time, so there is at most one each.
 */
export async function tariffsInForce(
  strapi: Core.Strapi,
  serviceDocumentId: string,
  date: string
): Promise<{ uniform: TariffInForce | null; municipal: Map<string, TariffInForce> }> {
  const rows = (await strapi.db.query(TARIFF).findMany({
    where: {
      service: { documentId: serviceDocumentId },
      regulation: { validFrom: { $lte: date } },
      $or: [{ regulation: { validTo: { $null: true } } }, { regulation: { validTo: { $gte: date } } }],
    },
    populate: { regulation: { populate: { municipality: { select: ['documentId', 'istatCode', 'name'] } } } },
  })) as StoredTariff[];

  let uniform: TariffInForce | null = null;
  const municipal = new Map<string, TariffInForce>();
  for (const row of rows) {
    if (!row.regulation) continue;
    const tariff = toTariffInForce(row);
    if (tariff.regulation.scheme === 'uniform') uniform = tariff;
    else if (tariff.regulation.municipality) municipal.set(tariff.regulation.municipality.istatCode, tariff);
  }
  return { uniform, municipal };
}

function toTariffInForce(row: StoredTariff): TariffInForce {
  const regulation = row.regulation as NonNullable<StoredTariff['regulation']>;
  const parameters = pickTariffParameters(row);
  const problems = validateTariff(parameters);
  if (problems.length > 0) {
    // Written around the API (e.g. Strapi's own admin panel): refuse to compute with it rather than guess.
    const list = problems.map((p) => p.path.join('.')).join(', ');
    throw new errors.ApplicationError(
      `La tariffa in vigore «${regulation.name}» non è valida (${list}): correggerla / The tariff in force «${regulation.name}» is not valid (${list}): fix it`
    );
  }
  const m = regulation.municipality;
  return {
    documentId: row.documentId,
    parameters: parameters as unknown as TariffParameters,
    regulation: {
      documentId: regulation.documentId,
      code: regulation.code,
      name: regulation.name,
      scheme: regulation.scheme,
      validFrom: regulation.validFrom,
      validTo: regulation.validTo ?? null,
      exampleData: Boolean(regulation.exampleData),
      municipality: m ? { documentId: m.documentId, istatCode: m.istatCode, name: m.name } : null,
    },
  };
}
