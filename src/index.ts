import type { Core } from '@strapi/strapi';
import { cacheDefaultLocale, ensureLocales } from './bootstrap/locales';
import { ensureScopeIndexes } from './bootstrap/indexes';
import { ensureRoles, ROLES } from './bootstrap/roles';
import { registerRoleLabels } from './plugins/plugin-kit/role-labels';
import { registerDocumentRules } from './catalogue/document-rules';
import { registerCaseFormSubjects } from './cases/form-subjects';
import { registerCaseWorkflowSubjects } from './cases/workflow-subjects';
import { registerSecurity } from './security';
import { acquireStartupLock, releaseStartupLock } from './bootstrap/startup-lock';

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    // Held until the end of bootstrap: instances starting together take turns (src/bootstrap/startup-lock.ts).
    await acquireStartupLock(strapi);
    registerDocumentRules(strapi);
    registerSecurity(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    try {
      await ensureLocales(strapi);
      cacheDefaultLocale(strapi);
      await ensureRoles(strapi);
      await ensureScopeIndexes(strapi);
      registerRoleLabels(ROLES);
      registerCaseFormSubjects(strapi);
      registerCaseWorkflowSubjects(strapi);
    } finally {
      await releaseStartupLock();
    }
  },

  async destroy() {
    await releaseStartupLock();
  },
};
