/** The observatory engine: planning objectives, indicators, demographics, evaluation tables, HSDS. */
export default {
  contentTypes: {},
  controllers: {},
  routes: {},
  services: {},
};
