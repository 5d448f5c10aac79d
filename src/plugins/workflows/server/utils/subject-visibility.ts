import type { Core } from '@strapi/strapi';
import { DESIGNER_ROLE, roleOf, type RequestUser } from './request-user';

interface SubjectGuards {
  isGuarded(type: string | null | undefined): boolean;
  mayUse(type: string | null | undefined, documentId: string | null | undefined, user: RequestUser | undefined): Promise<boolean>;
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

  async function visible(type: string | null | undefined, documentId: string | null | undefined, user: RequestUser | undefined): Promise<boolean> {
    const registry = guards();
    if (!applies(user) || !registry?.isGuarded(type)) return true;
    return registry.mayUse(type, documentId, user);
  }

  return {
    visible,
    /** `rows` without those about records the caller may not see (one check per record). */
    async filter<T>(rows: T[], subjectOf: (row: T) => { type: string | null; documentId: string | null }, user: RequestUser | undefined): Promise<T[]> {
      if (!applies(user)) return rows;
      const verdicts = new Map<string, Promise<boolean>>();
      const allowed = await Promise.all(
        rows.map((row) => {
          const { type, documentId } = subjectOf(row);
          const key = `${type}:${documentId}`;
          if (!verdicts.has(key)) verdicts.set(key, visible(type, documentId, user));
          return verdicts.get(key) as Promise<boolean>;
        })
      );
      return rows.filter((_, index) => allowed[index]);
    },
  };
}
