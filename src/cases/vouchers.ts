import type { Core } from '@strapi/strapi';
import { callerOf, type WriteHooks } from './controller';
import { findScoped, requireVisible } from './access';
import { auditAccess } from './audit';
import { cents, nextCode, num, requireFields, today } from './rules';
import { checkedShare, copaymentShare, givesShare, requireAccreditation } from './voucher-rules';
import { conflict, forbidden, throwIssues } from '../plugins/plugin-kit/errors';
import { bodyData } from '../plugins/plugin-kit/request';

const UID = 'api::voucher.voucher';
type Ctx = {
  params: { id: string };
  request: { body?: unknown };
  query: Record<string, unknown>;
  state: { user?: never };
  status: number;
};
interface Redemption {
  id?: number;
  date: string;
  quantity: unknown;
  amount: unknown;
  recordedBy?: { id: number } | null;
}

/** Server-set fields of a voucher (code, status, balance; the co-payment share unless the operator gives it) and its value check. */
export const voucherHooks: WriteHooks = {
  async beforeCreate(strapi, _caller, data) {
    requireFields(data, ['beneficiary', 'case', 'service', 'provider', 'value', 'validFrom', 'validTo']);
    const issued = today();
    await requireAccreditation(strapi, data.provider as string, data.service as string, issued);
    if (String(data.validTo) < String(data.validFrom)) {
      throwIssues([{ path: 'data.validTo', it: 'deve seguire validFrom', en: 'must follow validFrom' }]);
    }
    // The share agreed and given by the operator, else the co-payment calculator's from the ISEE.
    const share = givesShare(data)
      ? checkedShare(data.copaymentShare, num(data.value))
      : await copaymentShare(strapi, {
          service: data.service as string,
          beneficiary: data.beneficiary as string,
          value: num(data.value),
          date: issued,
        });
    return {
      ...data,
      code: await nextCode(strapi, UID, 'V'),
      status: 'issued',
      copaymentShare: share,
      balance: num(data.value),
      redemptions: [],
    };
  },
  async beforeUpdate(strapi, _caller, data, documentId) {
    if (data.value === undefined && data.copaymentShare === undefined) return data;
    const stored = (await strapi.documents(UID).findOne({
      documentId,
      populate: { redemptions: true, service: { fields: ['documentId'] }, beneficiary: { fields: ['documentId'] } },
    })) as {
      value: unknown;
      copaymentShare: unknown;
      redemptions: Redemption[];
      service: { documentId: string } | null;
      beneficiary: { documentId: string } | null;
    };
    const value = data.value === undefined ? num(stored.value) : num(data.value);
    const out = { ...data };
    if (givesShare(data)) out.copaymentShare = checkedShare(data.copaymentShare, value);
    else if (data.copaymentShare !== undefined) {
      // Emptied: back to the calculator's share for the (new) value.
      out.copaymentShare =
        stored.service && stored.beneficiary
          ? await copaymentShare(strapi, {
              service: stored.service.documentId,
              beneficiary: stored.beneficiary.documentId,
              value,
              date: today(),
            })
          : 0;
    } else if (cents(num(stored.copaymentShare)) > cents(value)) {
      throwIssues([
        {
          path: 'data.value',
          it: 'inferiore alla quota di compartecipazione: indicare anche copaymentShare',
          en: 'below the co-payment share: give copaymentShare too',
        },
      ]);
    }
    if (data.value === undefined) return out;
    const used = stored.redemptions.reduce((sum, r) => sum + cents(num(r.amount)), 0);
    if (cents(value) < used)
      throwIssues([{ path: 'data.value', it: 'inferiore a quanto già utilizzato', en: 'below what was already redeemed' }]);
    return { ...out, balance: (cents(value) - used) / 100 };
  },
};

export function voucherActions(strapi: Core.Strapi): Record<string, unknown> {
  return {
    /** `POST /api/vouchers/:id/redemptions { data: { date, quantity, amount } }`: the voucher's provider records a delivery. */
    async redeem(ctx: Ctx) {
      const caller = await callerOf(strapi, ctx);
      if (caller.role !== 'provider')
        forbidden("Solo l'ente del voucher registra gli utilizzi", "Only the voucher's provider records redemptions");
      await requireVisible(strapi, caller, 'voucher', ctx.params.id, 'Voucher non trovato', 'Voucher not found');
      const data = bodyData(ctx, ['date', 'quantity', 'amount']);
      const issues = [];
      if (typeof data.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(data.date))
        issues.push({ path: 'data.date', it: 'data non valida (AAAA-MM-GG)', en: 'invalid date (YYYY-MM-DD)' });
      for (const key of ['quantity', 'amount']) {
        const value = Number(data[key]);
        if (data[key] === undefined || data[key] === '' || !Number.isFinite(value) || value <= 0)
          issues.push({ path: `data.${key}`, it: 'numero maggiore di zero', en: 'a number above zero' });
      }
      if (issues.length) throwIssues(issues);
      return strapi.db.transaction(async () => {
        const stored = (await strapi.documents(UID).findOne({
          documentId: ctx.params.id,
          populate: { redemptions: { populate: { recordedBy: { fields: ['username'] } } } },
        })) as {
          value: unknown;
          status: string;
          validFrom: string;
          validTo: string;
          redemptions: Redemption[];
        };
        if (stored.status !== 'issued')
          conflict(
            'Voucher non utilizzabile (esaurito, scaduto o annullato)',
            'Voucher not usable (exhausted, expired or cancelled)'
          );
        if ((data.date as string) < stored.validFrom || (data.date as string) > stored.validTo) {
          throwIssues([
            { path: 'data.date', it: 'fuori dal periodo di validità del voucher', en: "outside the voucher's validity" },
          ]);
        }
        const used = stored.redemptions.reduce((sum, r) => sum + cents(num(r.amount)), 0);
        const left = cents(num(stored.value)) - used;
        const amount = cents(Number(data.amount));
        if (amount > left) {
          throwIssues([
            {
              path: 'data.amount',
              it: `supera il saldo disponibile (${(left / 100).toFixed(2)} €)`,
              en: `exceeds the balance left (€${(left / 100).toFixed(2)})`,
            },
          ]);
        }
        const redemptions = [
          ...stored.redemptions.map((r) => ({
            id: r.id,
            date: r.date,
            quantity: r.quantity,
            amount: r.amount,
            recordedBy: r.recordedBy?.id ?? null,
          })),
          { date: data.date, quantity: Number(data.quantity), amount: amount / 100, recordedBy: caller.id },
        ];
        const balance = (left - amount) / 100;
        await strapi.documents(UID).update({
          documentId: ctx.params.id,
          data: { redemptions, balance, status: left - amount === 0 ? 'exhausted' : 'issued' },
        } as never);
        await auditAccess(strapi, caller, 'redeem', 'voucher', [ctx.params.id], ['redemptions', 'balance']);
        ctx.status = 201;
        return findScoped(strapi, caller, 'voucher', ctx.params.id, { populate: { redemptions: true } });
      });
    },
  };
}
