import type { Core } from '@strapi/strapi';
import { processingRegister } from '../../../cases/gdpr/register';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** `GET /api/gdpr/register` (UdP): the art. 30 register generated from the schemas' personal flags. */
  async find() {
    return { data: processingRegister(strapi) };
  },
});
