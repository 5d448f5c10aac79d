import type { Core } from '@strapi/strapi';
import { ensureLocales } from './bootstrap/locales';
import { ensureRoles } from './bootstrap/roles';
import { registerDocumentRules } from './catalogue/document-rules';
import { registerCaseFormSubjects } from './cases/form-subjects';
import { registerSecurity } from './security';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentRules(strapi);
    registerSecurity(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await ensureRoles(strapi);
    registerCaseFormSubjects(strapi);
  },
};
