import type { Core } from '@strapi/strapi';
import { isVisible, visibleIdsQuery } from './access';
import { auditAccess } from './audit';
import { loadCaller } from './caller';
import { CASE_TYPES, READABLE, uidOf, type CaseType } from './model';

interface GuardUser {
  id: number;
  username: string;
  role?: { type: string };
}

/**
 * Form submissions about a case-file record (an intake about a case, a housing report...) hold its
 * personal data: the forms engine shows them, and accepts new ones, only to whoever may see that record.
 * The workflows engine applies the same rule to instances and tasks about a record. Each type registers
 * the check of one record and the same scope as a sub-query, which lists put in their WHERE.
 */
export function registerCaseFormSubjects(strapi: Core.Strapi): void {
  const guards = strapi.plugin('forms').service('subjectGuards') as {
    registerReadAudit: (of: (user: GuardUser | undefined, type: string, documentIds: string[]) => Promise<void>) => void;
    registerComuni: (of: (user: GuardUser | undefined) => Promise<string[] | null>) => void;
    registerSubjectComuni: (
      of: (type: string, documentIds: string[]) => Promise<Map<string, { id: string; name: string }>>
    ) => void;
    register: (
      type: string,
      guard: (user: GuardUser | undefined, documentId: string) => Promise<boolean>,
      scope: (user: GuardUser | undefined) => Promise<{ query: unknown } | null>
    ) => void;
  };
  // The roles of the case files' field table read the answers of form fields flagged as personal data.
  (strapi.plugin('forms').service('personalData') as { allowRoles: (roles: string[]) => void }).allowRoles(Object.keys(READABLE));
  // An operator files intakes and reports only for the comuni of the account (else another comune's dashboard counts them).
  guards.registerComuni(async (user) => {
    if (!user) return null;
    const caller = await loadCaller(strapi, user);
    return caller.role === 'operator' ? caller.municipalities : null;
  });
  // Lists of answers show the comune of the case each is about (the forms engine reads no case-file table).
  guards.registerSubjectComuni(async (type, documentIds) => {
    const out = new Map<string, { id: string; name: string }>();
    if (type !== uidOf('case')) return out;
    const cases = (await strapi.db.query(uidOf('case')).findMany({
      where: { documentId: { $in: documentIds } },
      select: ['documentId'],
      populate: { municipality: { select: ['documentId', 'name'] } },
    })) as { documentId: string; municipality?: { documentId: string; name: string } | null }[];
    for (const c of cases)
      if (c.municipality) out.set(c.documentId, { id: c.municipality.documentId, name: c.municipality.name });
    return out;
  });
  // Form answers about a case-file record are that record's data: their reads are audited like the record's.
  guards.registerReadAudit(async (user, type, documentIds) => {
    const kind = CASE_TYPES.find((t) => uidOf(t) === type) as CaseType | undefined;
    if (user && kind) await auditAccess(strapi, await loadCaller(strapi, user), 'read', kind, documentIds);
  });
  for (const type of CASE_TYPES) {
    guards.register(
      uidOf(type),
      async (user, documentId) => {
        if (!user) return false;
        return isVisible(strapi, await loadCaller(strapi, user), type, documentId);
      },
      async (user) => (user ? { query: visibleIdsQuery(strapi, await loadCaller(strapi, user), type) } : null)
    );
  }
}
