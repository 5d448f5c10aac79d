import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::copayment-tariff.copayment-tariff');
