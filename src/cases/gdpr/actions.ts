import type { Core } from '@strapi/strapi';
import { requireVisible } from '../access';
import { auditAccess } from '../audit';
import { callerOf } from '../controller';
import { forbidden } from '../../plugins/plugin-kit/errors';
import { collectPersonalData } from './collect';
import { exportPdf } from './export-pdf';
import { anonymiseBeneficiary } from './anonymise';

type Ctx = {
  params: { id: string };
  query: Record<string, unknown>;
  state: { user?: never };
  set: (k: string, v: string) => void;
  type: string;
  body: unknown;
};

/** GDPR rights on a beneficiary, for the operator of their comune only: export (art. 15), anonymise (art. 17). */
export function gdprActions(strapi: Core.Strapi): Record<string, unknown> {
  const ownBeneficiary = async (ctx: Ctx) => {
    const caller = await callerOf(strapi, ctx as never);
    if (caller.role !== 'operator')
      forbidden("Solo l'operatore del comune esercita i diritti GDPR", "Only the comune's operator handles GDPR rights");
    await requireVisible(strapi, caller, 'beneficiary', ctx.params.id, 'Beneficiario non trovato', 'Beneficiary not found');
    return caller;
  };
  return {
    async export(ctx: Ctx) {
      const caller = await ownBeneficiary(ctx);
      const data = await collectPersonalData(strapi, ctx.params.id);
      await auditAccess(strapi, caller, 'export', 'beneficiary', [ctx.params.id]);
      if (ctx.query.format === 'pdf') {
        ctx.type = 'application/pdf';
        ctx.set('Content-Disposition', `attachment; filename="dati-personali-${ctx.params.id}.pdf"`);
        ctx.body = await exportPdf(data);
        return;
      }
      ctx.body = { data };
    },
    async anonymise(ctx: Ctx) {
      const caller = await ownBeneficiary(ctx);
      await anonymiseBeneficiary(strapi, ctx.params.id);
      await auditAccess(strapi, caller, 'anonymise', 'beneficiary', [ctx.params.id]);
      ctx.body = { data: { documentId: ctx.params.id, anonymised: true } };
    },
  };
}
