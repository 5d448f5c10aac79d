import type { BilingualIssue } from '../utils/errors';
import type { Queries } from './queries';

/** A reference to check: the field path, the content type, the documentIds given, and the issue when one names nothing (e.g. "servizio sconosciuto"). */
export interface ReferenceCheck {
  path: string;
  uid: string;
  ids: (string | null | undefined)[] | string | null | undefined;
  it: string;
  en: string;
}

/** An issue for each documentId that names no record (e.g. `services.1: servizio sconosciuto`). */
export async function referenceIssues(queries: Queries, checks: ReferenceCheck[]): Promise<BilingualIssue[]> {
  const issues: BilingualIssue[] = [];
  for (const check of checks) {
    const list = Array.isArray(check.ids) ? check.ids : [check.ids];
    const ids = list.filter((id): id is string => typeof id === 'string');
    if (ids.length === 0) continue;
    const found = await queries.existing(check.uid, ids);
    list.forEach((id, index) => {
      if (typeof id !== 'string' || found.has(id)) return;
      const path = Array.isArray(check.ids) ? `${check.path}.${index}` : check.path;
      issues.push({ path, it: check.it, en: check.en });
    });
  }
  return issues;
}
