// Granted to the UdP in src/bootstrap/permissions/cases.ts.
export default {
  routes: [{ method: 'GET', path: '/gdpr/register', handler: 'register.find', config: { policies: [] } }],
};
