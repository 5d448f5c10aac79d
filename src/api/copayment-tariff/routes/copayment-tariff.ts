import { factories } from '@strapi/strapi';

// Access per role is granted in src/bootstrap/permissions/copayment.ts (users-permissions), checked on every route.
export default factories.createCoreRouter('api::copayment-tariff.copayment-tariff');
