import type { RequestUser } from '../utils/request-user';

/** Whether `user` may see the record `documentId` of a content type holding personal data. */
export type SubjectGuard = (user: RequestUser | undefined, documentId: string) => Promise<boolean>;

/**
 * The same rule as a database sub-query: `{ query }`, a knex query selecting the documentIds of the records of
 * the type `user` may see (null: none). Lists put it in their WHERE, so pages are full and totals count only
 * what the caller may see. Wrapped in an object: a knex query is a thenable, which `await` would run.
 */
export type SubjectScope = (user: RequestUser | undefined) => Promise<{ query: unknown } | null>;

/** The comuni a user may file submissions for (documentIds), or null for any. */
export type ComuniOf = (user: RequestUser | undefined) => Promise<string[] | null>;

/** The comune of each record (documentId → the comune's documentId and name) of a guarded type. */
export type SubjectComuni = (type: string, documentIds: string[]) => Promise<Map<string, { id: string; name: string }>>;

/** Records the read of records of a guarded type by `user`. */
export type ReadAudit = (user: RequestUser | undefined, type: string, documentIds: string[]) => Promise<void>;

/** The columns of a row naming its subject (query-engine attribute names). */
export interface SubjectColumns {
  type: string;
  id: string;
}

const NOTHING = { id: { $null: true } };

/**
 * Submissions about a record carry that record's personal data: the area owning a content type (e.g. the
 * case files) registers who may see its records, and the forms engine applies it to every submission
 * about one, for every role, the form designer included. Types without a guard are not personal.
 * The workflows engine uses the same registry for instances and tasks about a record.
 */
const createSubjectGuards = () => {
  const guards = new Map<string, { guard: SubjectGuard; scope: SubjectScope }>();
  let comuni: ComuniOf = async () => null;
  let audit: ReadAudit = async () => undefined;
  let subjectComuni: SubjectComuni = async () => new Map();
  return {
    /** How the owning area tells the comune of its records (src/cases registers it), for lists of answers. */
    registerSubjectComuni(of: SubjectComuni): void {
      subjectComuni = of;
    },
    /** The comune of each record of `type` among `documentIds` (none for an unguarded type). */
    async comuniOfSubjects(type: string, documentIds: string[]): Promise<Map<string, { id: string; name: string }>> {
      return guards.has(type) && documentIds.length > 0 ? subjectComuni(type, documentIds) : new Map();
    },
    /** Writes reads of guarded records' data to the owning area's audit trail (src/cases registers it). */
    registerReadAudit(of: ReadAudit): void {
      audit = of;
    },
    /** Audits that `user` was shown data about these records (those of unguarded types are skipped). */
    async recordReads(user: RequestUser | undefined, subjects: { type: string | null; id: string | null }[]): Promise<void> {
      const byType = new Map<string, Set<string>>();
      for (const { type, id } of subjects) {
        if (!type || !id || !guards.has(type)) continue;
        if (!byType.has(type)) byType.set(type, new Set());
        byType.get(type)?.add(id);
      }
      for (const [type, ids] of byType) await audit(user, type, [...ids]);
    },
    /** Who may file for which comuni: an operator only for the comuni of the account (src/cases registers it). */
    registerComuni(of: ComuniOf): void {
      comuni = of;
    },
    /** The documentIds of the comuni `user` may name in a submission; null: any. */
    comuniOf(user: RequestUser | undefined): Promise<string[] | null> {
      return comuni(user);
    },
    register(type: string, guard: SubjectGuard, scope: SubjectScope): void {
      guards.set(type, { guard, scope });
    },
    /** The guarded content types (the records holding personal data). */
    types(): string[] {
      return [...guards.keys()];
    },
    isGuarded(type: string | null | undefined): boolean {
      return typeof type === 'string' && guards.has(type);
    },
    async mayUse(
      type: string | null | undefined,
      documentId: string | null | undefined,
      user: RequestUser | undefined
    ): Promise<boolean> {
      const entry = typeof type === 'string' ? guards.get(type) : undefined;
      if (!entry) return true;
      if (typeof documentId !== 'string') return false;
      return entry.guard(user, documentId);
    },
    /**
     * A query-engine filter keeping the rows (instances, tasks, submissions...) whose subject `user` may see:
     * no subject, a subject of an unguarded type, or a guarded record inside the caller's scope.
     */
    async scopeFilter(user: RequestUser | undefined, columns: SubjectColumns): Promise<Record<string, unknown>> {
      const types = [...guards.keys()];
      const allowed: Record<string, unknown>[] = [{ [columns.type]: { $null: true } }, { [columns.type]: { $notIn: types } }];
      for (const [type, { scope }] of guards) {
        const ids = await scope(user);
        if (ids) allowed.push({ [columns.type]: type, [columns.id]: { $in: ids.query } });
      }
      return types.length === 0 ? {} : { $or: allowed.length > 0 ? allowed : [NOTHING] };
    },
  };
};

export default createSubjectGuards;
export type SubjectGuardsService = ReturnType<typeof createSubjectGuards>;
