import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  'strapi::logger',
  // Outside strapi::errors, so it sees the formatted error and gives every 4xx an Italian message too.
  'global::bilingual-errors',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  // Serves the react-admin console (admin/dist) at /console, before Strapi's public folder.
  'global::console',
  'strapi::public',
];

export default config;
