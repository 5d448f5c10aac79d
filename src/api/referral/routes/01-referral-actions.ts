export default {
  routes: [
    { method: 'POST', path: '/referrals/:id/accept', handler: 'referral.accept', config: { policies: [] } },
    { method: 'POST', path: '/referrals/:id/reject', handler: 'referral.reject', config: { policies: [] } },
    { method: 'POST', path: '/referrals/:id/revoke-consent', handler: 'referral.revokeConsent', config: { policies: [] } },
    { method: 'POST', path: '/referrals/:id/complete', handler: 'referral.complete', config: { policies: [] } },
  ],
};
