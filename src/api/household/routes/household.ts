import { factories } from '@strapi/strapi';

// Who may call which action: src/bootstrap/permissions/cases.ts; what they see: src/cases (the access layer).
export default factories.createCoreRouter('api::household.household');
