import { factories } from '@strapi/strapi';

// Access per role is granted in src/bootstrap/roles.ts (users-permissions), checked by Strapi on every route.
export default factories.createCoreRouter('api::funding-source.funding-source');
