import type { Core } from '@strapi/strapi';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';
import { registerImmutability } from './immutability';

/** The governance engine: bodies and their composition, meetings, attendance and quorum, minutes. */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerImmutability(strapi);
  },
  contentTypes,
  controllers,
  routes,
  services,
};
