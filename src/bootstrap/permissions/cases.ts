import type { PermissionSet } from './types';

/** Case files (issue #5): beneficiaries, households, cases, referrals, interventions, vouchers, housing waitlist. */
export const casesPermissions: PermissionSet = {
  prefixes: [
    'api::beneficiary.',
    'api::household.',
    'api::case.',
    'api::referral.',
    'api::intervention.',
    'api::voucher.',
    'api::housing.',
  ],
  grants: {},
};
