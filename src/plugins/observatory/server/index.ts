import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';

/** The observatory engine: planning objectives, indicators, demographics, evaluation tables, HSDS. */
export default {
  contentTypes,
  controllers,
  routes,
  services,
};
