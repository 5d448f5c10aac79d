import type { Caller } from './caller';
import type { CaseType } from './model';

type Filter = Record<string, unknown>;
const NOTHING: Filter = { id: { $null: true } };

/** A referral that opens a case to its provider: accepted, with consent given and not revoked. */
export function activeReferral(provider: string): Filter {
  return { toProvider: { documentId: provider }, status: 'accepted', consentGiven: true, consentRevokedAt: { $null: true } };
}

/**
 * The records of `type` the caller may see, as a document-service filter. Operators: their comuni;
 * provider staff: what their provider was referred and accepted with consent (referrals: their inbox).
 */
export function scopeOf(caller: Caller, type: CaseType): Filter {
  if (caller.role === 'operator') {
    if (caller.municipalities.length === 0) return NOTHING;
    const inComuni = { municipality: { documentId: { $in: caller.municipalities } } };
    switch (type) {
      case 'case':
        return inComuni;
      case 'beneficiary':
        return { $or: [inComuni, { cases: inComuni }] };
      case 'household':
        return { beneficiary: { $or: [inComuni, { cases: inComuni }] } };
      default:
        return { case: inComuni };
    }
  }
  if (caller.role === 'provider' && caller.provider) {
    const own = { documentId: caller.provider };
    const openCase = { referrals: activeReferral(caller.provider) };
    switch (type) {
      case 'case':
        return openCase;
      case 'beneficiary':
        // The citizen chose this provider for a voucher: its staff need the name and contacts to deliver it.
        return { $or: [{ cases: openCase }, { cases: { vouchers: { provider: own } } }] };
      case 'referral':
        return { toProvider: own };
      case 'intervention':
        return { provider: own, case: openCase };
      case 'voucher':
        return { provider: own };
      default:
        return NOTHING;
    }
  }
  return NOTHING;
}
