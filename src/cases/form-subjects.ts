import type { Core } from '@strapi/strapi';
import { isVisible } from './access';
import { loadCaller } from './caller';
import { CASE_TYPES, uidOf } from './model';

interface GuardUser {
  id: number;
  username: string;
  role?: { type: string };
}

/**
 * Form submissions about a case-file record (an intake about a case, a housing report...) hold its
 * personal data: the forms engine shows them, and accepts new ones, only to whoever may see that record.
 */
export function registerCaseFormSubjects(strapi: Core.Strapi): void {
  const guards = strapi.plugin('forms').service('subjectGuards') as {
    register: (type: string, guard: (user: GuardUser | undefined, documentId: string) => Promise<boolean>) => void;
  };
  for (const type of CASE_TYPES) {
    guards.register(uidOf(type), async (user, documentId) => {
      if (!user) return false;
      return isVisible(strapi, await loadCaller(strapi, user), type, documentId);
    });
  }
}
