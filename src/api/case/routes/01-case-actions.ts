// Before the core routes, so that `/cases/worklist` is not read as `/cases/:id`.
export default {
  routes: [
    { method: 'GET', path: '/cases/worklist', handler: 'case.worklist', config: { policies: [] } },
    { method: 'GET', path: '/cases/stats', handler: 'case.stats', config: { policies: [] } },
  ],
};
