import type { RequestUser } from '../utils/request-user';

/** Whether `user` may see the record `documentId` of a content type holding personal data. */
export type SubjectGuard = (user: RequestUser | undefined, documentId: string) => Promise<boolean>;

/**
 * Submissions about a record carry that record's personal data: the area owning a content type (e.g. the
 * case files) registers who may see its records, and the forms engine applies it to every submission
 * about one, for every role, the form designer included. Types without a guard are not personal.
 */
const createSubjectGuards = () => {
  const guards = new Map<string, SubjectGuard>();
  return {
    register(type: string, guard: SubjectGuard): void {
      guards.set(type, guard);
    },
    isGuarded(type: string | null | undefined): boolean {
      return typeof type === 'string' && guards.has(type);
    },
    async mayUse(type: string | null | undefined, documentId: string | null | undefined, user: RequestUser | undefined): Promise<boolean> {
      const guard = typeof type === 'string' ? guards.get(type) : undefined;
      if (!guard) return true;
      if (typeof documentId !== 'string') return false;
      return guard(user, documentId);
    },
  };
};

export default createSubjectGuards;
export type SubjectGuardsService = ReturnType<typeof createSubjectGuards>;
