// Granted to operators and the UdP in src/bootstrap/permissions/cases.ts.
export default {
  routes: [{ method: 'GET', path: '/housing/waitlist', handler: 'waitlist.find', config: { policies: [] } }],
};
