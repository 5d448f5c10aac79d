import type { Core } from '@strapi/strapi';
import { throwIssues } from '../plugins/plugin-kit/errors';

/**
 * 400 unless `assignee` (a user's documentId) is an operator linked to `municipality` (the case's comune):
 * a case is assigned only to someone who may work it, never to provider staff or another comune's operator.
 */
export async function requireAssignableOperator(
  strapi: Core.Strapi,
  assignee: unknown,
  municipality: string | undefined
): Promise<void> {
  if (assignee === undefined || assignee === null) return;
  const found =
    typeof assignee === 'string' && municipality
      ? await strapi.db.query('plugin::users-permissions.user').count({
          where: { documentId: assignee, role: { type: 'operator' }, municipalities: { documentId: municipality } },
        })
      : 0;
  if (found === 0) {
    throwIssues([
      {
        path: 'data.assignedOperator',
        it: 'non è un operatore del comune della cartella',
        en: "not an operator of the case's comune",
      },
    ]);
  }
}

/** The documentId of a stored case's comune. */
export async function caseMunicipality(strapi: Core.Strapi, caseId: string): Promise<string | undefined> {
  const row = (await strapi.db.query('api::case.case').findOne({
    where: { documentId: caseId },
    populate: { municipality: { select: ['documentId'] } },
  })) as { municipality?: { documentId: string } | null } | null;
  return row?.municipality?.documentId;
}
