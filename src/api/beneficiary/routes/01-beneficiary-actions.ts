export default {
  routes: [
    { method: 'GET', path: '/beneficiaries/:id/export', handler: 'beneficiary.export', config: { policies: [] } },
    { method: 'POST', path: '/beneficiaries/:id/anonymise', handler: 'beneficiary.anonymise', config: { policies: [] } },
  ],
};
