import type { Core } from '@strapi/strapi';
import { DESIGNER_ROLE, roleOf, type RequestUser } from './request-user';

interface SubjectGuards {
  isGuarded(type: string | null | undefined): boolean;
  mayUse(type: string | null | undefined, documentId: string | null | undefined, user: RequestUser | undefined): Promise<boolean>;
  scopeFilter(user: RequestUser | undefined, columns: { type: string; id: string }): Promise<Record<string, unknown>>;
}

/**
 * Records holding personal data (a case file) are guarded by the area that owns them, in the registry the
 * forms engine keeps (`subjectGuards`, filled by src/cases/form-subjects.ts). An instance or a task about such
 * a record is shown to staff only if they may see the record itself: an operator sees the iter of the
 * comune's cases, not of another comune's. The UdP, who designs and runs the workflows, keeps the district view.
 */
export function subjectVisibility(strapi: Core.Strapi) {
  const guards = () => strapi.plugin('forms')?.service('subjectGuards') as SubjectGuards | undefined;
  const applies = (user: RequestUser | undefined) => roleOf(user) !== DESIGNER_ROLE;

  async function visible(
    type: string | null | undefined,
    documentId: string | null | undefined,
    user: RequestUser | undefined
  ): Promise<boolean> {
    const registry = guards();
    if (!applies(user) || !registry?.isGuarded(type)) return true;
    return registry.mayUse(type, documentId, user);
  }

  return {
    visible,
    /**
     * A WHERE clause for instances, tasks (columns `subjectType`, `subjectId`) keeping those about records the
     * caller may see: lists are scoped in the query, so pages are full and totals count only visible rows.
     */
    async scopeFilter(user: RequestUser | undefined): Promise<Record<string, unknown>> {
      const registry = guards();
      if (!applies(user) || !registry) return {};
      return registry.scopeFilter(user, { type: 'subjectType', id: 'subjectId' });
    },
  };
}
