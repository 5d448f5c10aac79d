import { personalPaths, redactData } from '../../shared';
import type { FormDefinition } from '../../shared';
import { roleOf, type RequestUser } from '../utils/request-user';

/**
 * Answers of fields flagged `personal` go only to roles with access to personal data, whatever the
 * submission is about (a case, nothing, anything): the area owning personal data (the case files, whose
 * per-role field table names operators and provider staff) registers those roles. Every read of
 * submissions (lists, single reads, exports) passes through `redactSubmission`.
 */
const createPersonalData = () => {
  const readers = new Set<string>();
  const mayReadPersonal = (viewer: RequestUser | undefined): boolean => readers.has(roleOf(viewer));
  return {
    /** Roles that read personal answers (none until an area registers them). */
    allowRoles(roles: string[]): void {
      for (const role of roles) readers.add(role);
    },
    mayReadPersonal,
    personalPaths,
    /** A copy of `submission` whose `data` lacks the personal answers, unless `viewer` may read them. */
    redactSubmission<T extends { data: Record<string, unknown> }>(
      submission: T,
      definition: FormDefinition,
      viewer: RequestUser | undefined
    ): T {
      if (mayReadPersonal(viewer)) return submission;
      return { ...submission, data: redactData(submission.data ?? {}, definition) };
    },
  };
};

export default createPersonalData;
export type PersonalDataService = ReturnType<typeof createPersonalData>;
