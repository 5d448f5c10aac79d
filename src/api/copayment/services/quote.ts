import type { Core } from '@strapi/strapi';
import { computeQuote } from '../../../copayment/calculator/compute-quote';
import { explainQuote } from '../../../copayment/calculator/explain-quote';
import { checkChoice, fieldError, type FieldError } from '../../../copayment/calculator/field-checks';
import { toEuro } from '../../../copayment/calculator/money';
import { validateSituation } from '../../../copayment/calculator/validate-situation';
import type { QuoteResponse, Scheme } from '../../../copayment/contracts';
import { findMunicipality, findService } from '../../../copayment/server/municipalities';
import { requestBody } from '../../../copayment/server/request-body';
import { tariffsInForce, type TariffInForce } from '../../../copayment/server/tariffs-in-force';
import { isIsoDate, todayInRome } from '../../../copayment/server/today';
import { throwFieldErrors } from '../../../validation/field-errors';

const QUOTE_KEYS = ['service', 'municipality', 'isee', 'householdSize', 'quantity', 'scheme', 'date'] as const;

/** POST /api/copayment/quote: a citizen's share and the comune's, with the explanation. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async quote(body: unknown): Promise<QuoteResponse> {
    const input = requestBody(body, QUOTE_KEYS);
    const errors: FieldError[] = [
      ...validateSituation(input),
      ...checkChoice(['scheme'], input.scheme, ['municipal', 'uniform'], false),
    ];
    if (input.date !== undefined && !isIsoDate(input.date)) {
      errors.push(fieldError('date', 'data non valida (formato AAAA-MM-GG)', 'invalid date (format YYYY-MM-DD)'));
    }
    const [service, municipality] = await Promise.all([
      findService(strapi, input.service),
      findMunicipality(strapi, input.municipality),
    ]);
    if (!service)
      errors.unshift(
        fieldError('service', 'servizio sconosciuto: indicare il documentId', 'unknown service: give its documentId')
      );
    if (!municipality)
      errors.unshift(
        fieldError('municipality', 'comune sconosciuto: indicare il documentId', 'unknown comune: give its documentId')
      );
    if (errors.length > 0 || !service || !municipality) throwFieldErrors(errors);

    const date = (input.date as string | undefined) ?? todayInRome();
    const { uniform, municipal } = await tariffsInForce(strapi, service.documentId, date);
    const own = municipal.get(municipality.istatCode) ?? null;
    const scheme = input.scheme as Scheme | undefined;
    const chosen: TariffInForce | null = scheme === 'uniform' ? uniform : scheme === 'municipal' ? own : (own ?? uniform);
    if (!chosen) {
      const [it, en] =
        scheme === 'municipal'
          ? [
              `il Comune non ha una tariffa propria per questo servizio in vigore il ${date}`,
              `the comune has no tariff of its own for this service in force on ${date}`,
            ]
          : [`nessuna tariffa in vigore il ${date} per questo servizio`, `no tariff in force on ${date} for this service`];
      throwFieldErrors([fieldError(scheme ? 'scheme' : 'service', it, en)]);
    }

    const situation = {
      isee: input.isee as number,
      householdSize: input.householdSize as number,
      quantity: input.quantity as number,
    };
    const b = computeQuote(chosen.parameters, situation);
    const explanation = explainQuote(b, {
      scheme: chosen.regulation.scheme,
      fallback: !scheme && !own,
      municipalityName: municipality.name,
      regulationName: chosen.regulation.name,
      validFrom: chosen.regulation.validFrom,
      serviceName: service.name,
    });
    const { municipality: _ignored, scheme: regulationScheme, ...regulation } = chosen.regulation;
    return {
      citizenShare: toEuro(b.citizenCents),
      municipalityShare: toEuro(b.municipalityCents),
      grossCost: toEuro(b.grossCents),
      scheme: regulationScheme,
      regulation,
      service: { documentId: service.documentId, name: service.name },
      municipality,
      rule: {
        type: b.outcome.kind,
        band:
          b.outcome.kind === 'band'
            ? {
                number: b.outcome.index + 1,
                of: b.outcome.count,
                iseeFrom: b.outcome.band.iseeFrom,
                iseeTo: b.outcome.band.iseeTo,
              }
            : null,
        sharePercent: b.shareBasisPoints / 100,
      },
      details: {
        unit: b.unit,
        unitCost: toEuro(b.unitCostCents),
        unitShare: toEuro(b.unitShareCents),
        quantity: b.quantityHundredths / 100,
        referenceIsee: toEuro(b.adjustedIseeCents),
        householdCoefficient: b.coefficientThousandths / 1000,
        rounding: b.rounding,
        monthlyCap: b.capCents === null ? null : toEuro(b.capCents),
        capped: b.capped,
      },
      explanation,
    };
  },
});
