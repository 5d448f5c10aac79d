import type { Core } from '@strapi/strapi';
import { computeQuote } from '../copayment/calculator';
import { tariffsInForce } from '../copayment/server/tariffs-in-force';
import { throwIssues } from '../plugins/plugin-kit/errors';
import { cents, num } from './rules';

/** With no ISEE declared the full tariff applies, as in the district's regulations. */
const NO_ISEE = 10_000_000;

/** 400 unless the provider holds an active accreditation for the service on `date`. */
export async function requireAccreditation(strapi: Core.Strapi, provider: string, service: string, date: string): Promise<void> {
  const found = await strapi.db.query('api::accreditation.accreditation').count({
    where: {
      provider: { documentId: provider },
      service: { documentId: service },
      status: 'active',
      validFrom: { $lte: date },
      $or: [{ validTo: { $null: true } }, { validTo: { $gte: date } }],
    },
  });
  if (found === 0) {
    throwIssues([
      {
        path: 'data.provider',
        it: `l'ente non ha un accreditamento valido per il servizio al ${date}`,
        en: `the provider holds no valid accreditation for the service on ${date}`,
      },
    ]);
  }
}

/**
 * The citizen's co-payment share of a voucher: the share of the unit cost the co-payment calculator gives
 * for the beneficiary's ISEE and household size, under the tariff in force (the comune's own, else the
 * district's), applied to the voucher's value. No tariff in force: nothing to pay.
 */
export async function copaymentShare(
  strapi: Core.Strapi,
  input: { service: string; beneficiary: string; value: number; date: string }
): Promise<number> {
  const beneficiary = (await strapi.db.query('api::beneficiary.beneficiary').findOne({
    where: { documentId: input.beneficiary },
    select: ['iseeValue'],
    populate: { municipality: { select: ['istatCode'] } },
  })) as { iseeValue: unknown; municipality?: { istatCode: string } | null } | null;
  const { uniform, municipal } = await tariffsInForce(strapi, input.service, input.date);
  const tariff = (beneficiary?.municipality && municipal.get(beneficiary.municipality.istatCode)) || uniform;
  if (!tariff) return 0;
  const household = (await strapi.db.query('api::household.household').findOne({
    where: { beneficiary: { documentId: input.beneficiary } },
    populate: { members: true },
  })) as { members?: { livesWith?: boolean }[] } | null;
  const householdSize = 1 + (household?.members ?? []).filter((m) => m.livesWith !== false).length;
  const isee = beneficiary?.iseeValue === null || beneficiary?.iseeValue === undefined ? NO_ISEE : num(beneficiary.iseeValue);
  const quote = computeQuote(tariff.parameters, { isee, householdSize, quantity: 1 });
  return Math.round((cents(input.value) * quote.shareBasisPoints) / 10000) / 100;
}

/**
 * A share given by the caller (the operator agreeing it with the citizen, e.g. under a ruling of the comune):
 * a number from 0 to the voucher's value, else 400 naming `data.copaymentShare`. Returns it rounded to cents.
 */
export function checkedShare(given: unknown, value: number): number {
  const share = typeof given === 'number' ? given : typeof given === 'string' && given.trim() !== '' ? Number(given) : NaN;
  if (!Number.isFinite(share) || share < 0 || cents(share) > cents(value)) {
    throwIssues([
      {
        path: 'data.copaymentShare',
        it: `deve essere un importo fra 0 e il valore del voucher (${value.toFixed(2)} €)`,
        en: `must be an amount from 0 to the voucher's value (€${value.toFixed(2)})`,
      },
    ]);
  }
  return cents(share) / 100;
}

/** Whether the body gives a share (an empty value means "compute it"). */
export const givesShare = (data: Record<string, unknown>): boolean =>
  data.copaymentShare !== undefined && data.copaymentShare !== null && data.copaymentShare !== '';
