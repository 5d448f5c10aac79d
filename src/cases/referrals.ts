import type { Core } from '@strapi/strapi';
import { callerOf, type WriteHooks } from './controller';
import { findScoped, requireVisible } from './access';
import { auditAccess } from './audit';
import { requireFields } from './rules';
import { conflict, forbidden, throwIssues } from '../plugins/plugin-kit/errors';
import type { Caller } from './caller';
import { queueReferralNotice } from './referral-notice';

const UID = 'api::referral.referral';
type Ctx = { params: { id: string }; request: { body?: unknown }; query: Record<string, unknown>; state: { user?: never } };

interface Stored {
  documentId: string;
  status: string;
  consentGiven: boolean;
  consentRevokedAt: string | null;
  toProvider?: { documentId: string } | null;
}

async function load(strapi: Core.Strapi, caller: Caller, id: string): Promise<Stored> {
  await requireVisible(strapi, caller, 'referral', id, 'Invio non trovato', 'Referral not found');
  return (await strapi.documents(UID).findOne({ documentId: id, populate: { toProvider: { fields: ['name'] } } })) as Stored;
}

function requireRole(caller: Caller, role: string) {
  if (caller.role !== role) {
    forbidden(
      role === 'provider' ? "Solo l'ente destinatario decide sull'invio" : "Solo l'operatore del comune può farlo",
      role === 'provider' ? 'Only the receiving provider decides on the referral' : "Only the comune's operator can do this"
    );
  }
}

function reasonOf(body: unknown): string | undefined {
  const raw = body as { data?: { reason?: unknown }; reason?: unknown } | undefined;
  const value = raw?.data?.reason ?? raw?.reason;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Server-set fields and domain checks of a referral's create and update (src/cases/controller.ts). */
export const referralHooks: WriteHooks = {
  async beforeCreate(strapi, _caller, data) {
    requireFields(data, ['case', 'toProvider', 'toService']);
    const kase = (await strapi.documents('api::case.case').findOne({
      documentId: data.case as string,
      populate: { municipality: { fields: ['name'] }, service: { fields: ['code'] } },
    })) as { municipality?: { documentId: string }; service?: { documentId: string } };
    return {
      ...data,
      fromMunicipality: kase.municipality?.documentId ?? null,
      fromService: data.fromService ?? kase.service?.documentId ?? null,
      status: 'pending',
      consentGivenAt: data.consentGiven ? new Date() : null,
    };
  },
  async beforeUpdate(strapi, _caller, data, documentId) {
    const stored = (await strapi.documents(UID).findOne({ documentId })) as Stored;
    if (stored.status !== 'pending') conflict('Un invio già deciso non si modifica', 'A decided referral cannot be changed');
    if (data.consentGiven === true && !stored.consentGiven)
      return { ...data, consentGivenAt: new Date(), consentRevokedAt: null };
    return data;
  },
  async afterCreate(strapi, _caller, documentId) {
    await queueReferralNotice(strapi, documentId);
  },
};

/** The referral's decisions: accept, reject (provider), revoke-consent (operator), complete. */
export function referralActions(strapi: Core.Strapi): Record<string, unknown> {
  /** One decision on a referral: checked, written, audited, answered with the referral as the caller sees it. */
  const decide = async (ctx: Ctx, action: 'accept' | 'reject' | 'revoke-consent' | 'complete') => {
    const caller = await callerOf(strapi, ctx as never);
    const stored = await load(strapi, caller, ctx.params.id);
    let data: Record<string, unknown>;
    const now = new Date();
    if (action === 'accept' || action === 'reject') {
      requireRole(caller, 'provider');
      if (stored.status !== 'pending') conflict('Invio già deciso', 'Referral already decided');
      if (action === 'accept') {
        if (!stored.consentGiven || stored.consentRevokedAt) {
          conflict(
            "Manca il consenso della persona: l'invio non può essere accettato",
            "The person's consent is missing: the referral cannot be accepted"
          );
        }
        data = { status: 'accepted' };
      } else {
        const reason = reasonOf(ctx.request.body);
        if (!reason) throwIssues([{ path: 'reason', it: 'indicare il motivo del rifiuto', en: 'give the reason for rejecting' }]);
        data = { status: 'rejected', responseNote: reason };
      }
      data = { ...data, decidedAt: now, decidedBy: caller.id };
    } else if (action === 'revoke-consent') {
      requireRole(caller, 'operator');
      if (!stored.consentGiven || stored.consentRevokedAt)
        conflict('Consenso già assente o revocato', 'Consent already missing or revoked');
      data = { consentRevokedAt: now };
    } else {
      if (stored.status !== 'accepted')
        conflict('Solo un invio accettato si può concludere', 'Only an accepted referral can be completed');
      // Once the person revoked consent the provider holds no mandate on the case: only the comune closes it.
      if (caller.role === 'provider' && (!stored.consentGiven || stored.consentRevokedAt)) {
        conflict(
          "La persona ha revocato il consenso: l'invio non può essere concluso dall'ente",
          'The person revoked consent: the provider cannot complete the referral'
        );
      }
      data = { status: 'done' };
    }
    await strapi.documents(UID).update({ documentId: stored.documentId, data });
    await auditAccess(strapi, caller, action, 'referral', [stored.documentId], Object.keys(data));
    return findScoped(strapi, caller, 'referral', stored.documentId, ctx.query);
  };
  return {
    accept: (ctx: Ctx) => decide(ctx, 'accept'),
    reject: (ctx: Ctx) => decide(ctx, 'reject'),
    revokeConsent: (ctx: Ctx) => decide(ctx, 'revoke-consent'),
    complete: (ctx: Ctx) => decide(ctx, 'complete'),
  };
}
