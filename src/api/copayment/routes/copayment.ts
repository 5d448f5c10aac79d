// The co-payment calculator and simulations. Who may call them is granted per role in
// src/bootstrap/permissions/copayment.ts (users-permissions checks it on every route): quotes for the
// Ufficio di Piano and the municipal operators, simulations for the Ufficio di Piano only; never public.
export default {
  routes: [
    { method: 'POST', path: '/copayment/quote', handler: 'quote.create', config: { policies: [] } },
    { method: 'POST', path: '/copayment/simulations', handler: 'simulation.create', config: { policies: [] } },
    { method: 'GET', path: '/copayment/simulations/:id', handler: 'simulation.findOne', config: { policies: [] } },
    { method: 'GET', path: '/copayment/simulations/:id/export.xlsx', handler: 'simulation.export', config: { policies: [] } },
  ],
};
