import type { Core, UID } from '@strapi/strapi';
import { notFound } from '../plugins/plugin-kit/errors';
import { auditAccess, auditAccesses } from './audit';
import { caseRoleOf, type Caller } from './caller';
import { isCaseType, RELATIONS, uidOf, type CaseType } from './model';
import { QueryChecker, scalarFields } from './query';
import { sanitize } from './sanitize';
import { scopeOf } from './scope';
import { scopeIdsQuery } from './scope-query';
import { caseWorkflowFromRow, caseWorkflowOf } from './workflow';
import { caseDetail, fitsOneQuery } from './detail';

/**
 * The one access layer of the case files: every read of case and beneficiary tables goes through here,
 * scoped by the caller's comuni or provider, with fields, filters, sort and populate limited to what the
 * role may read, and each read of a case or beneficiary written to the audit trail.
 */
type Query = Record<string, unknown>;
const AUDITED: CaseType[] = ['beneficiary', 'case', 'household'];
/** The query parameters a list understands; anything else is refused like an unknown field. */
const LIST_PARAMETERS = ['filters', '_q', 'sort', 'populate', 'pagination'];

export async function listScoped(
  strapi: Core.Strapi,
  caller: Caller,
  type: CaseType,
  query: Query,
  extra?: Record<string, unknown>
) {
  const role = caseRoleOf(caller);
  const checker = new QueryChecker(caller, role);
  for (const key of Object.keys(query)) {
    if (!LIST_PARAMETERS.includes(key))
      checker.issues.push({ path: key, it: 'parametro non consentito', en: 'parameter not allowed' });
  }
  const userFilters = query.filters === undefined ? undefined : checker.filters(type, query.filters, 'filters');
  const search = checker.search(type, query._q);
  const sort = query.sort === undefined ? ['id:desc'] : checker.sort(type, query.sort);
  const populate = checker.populate(type, query.populate);
  const page = checker.pagination(query.pagination);
  checker.done();
  // The scope as `id IN (sub-query)`: the page is read through the worklists' indexes, without a DISTINCT join.
  const filters = {
    $and: [
      { id: { $in: scopeIdsQuery(strapi, caller, type) } },
      ...(userFilters ? [userFilters] : []),
      ...(search ? [search] : []),
      ...(extra ? [extra] : []),
    ],
  };
  const docs = strapi.documents(uidOf(type) as UID.ContentType);
  const [rows, total] = await Promise.all([
    docs.findMany({ filters, sort, populate, fields: scalarFields(role, type), start: page.start, limit: page.limit } as never),
    docs.count({ filters } as never),
  ]);
  await auditReached(strapi, caller, 'list', type, rows);
  return {
    data: sanitize(role, type, rows),
    meta: { pagination: { page: page.page, pageSize: page.pageSize, pageCount: Math.ceil(total / page.pageSize), total } },
  };
}

export async function findScoped(strapi: Core.Strapi, caller: Caller, type: CaseType, documentId: string, query: Query = {}) {
  const role = caseRoleOf(caller);
  const checker = new QueryChecker(caller, role);
  const populate = checker.populate(type, query.populate);
  checker.done();
  // An operator's case with its to-one relations and workflow: one query (plus the audit insert).
  if (type === 'case' && fitsOneQuery(caller, populate)) {
    const found = await caseDetail(strapi, caller, role, documentId, populate);
    if (!found) return refuse(strapi, caller, type, documentId, 'Record non trovato', 'Record not found');
    await auditReached(strapi, caller, 'read', type, [found.row]);
    const data = sanitize(role, type, found.row) as Record<string, unknown>;
    data.workflow = await caseWorkflowFromRow(strapi, found.instance);
    return { data };
  }
  const row = await strapi.documents(uidOf(type) as UID.ContentType).findFirst({
    filters: { $and: [{ documentId }, scopeOf(caller, type)] },
    populate,
    fields: scalarFields(role, type),
  } as never);
  if (!row) await refuse(strapi, caller, type, documentId, 'Record non trovato', 'Record not found');
  await auditReached(strapi, caller, 'read', type, [row]);
  const data = sanitize(role, type, row) as Record<string, unknown>;
  // A case answers where its workflow stands (state, deadline, assignee) with the case itself.
  if (type === 'case' && 'workflowInstance' in data) data.workflow = await caseWorkflowOf(strapi, data.workflowInstance);
  return { data };
}

/**
 * Every beneficiary, case and household a read returns, at the top or reached through populate (a voucher's
 * beneficiary, a referral's case and its beneficiary...), written to the audit trail: personal data leaves
 * no route unaudited, however it is reached.
 */
async function auditReached(
  strapi: Core.Strapi,
  caller: Caller,
  action: 'read' | 'list',
  type: CaseType,
  rows: unknown
): Promise<void> {
  const reached = new Map<CaseType, Set<string>>();
  const walk = (kind: CaseType, value: unknown) => {
    if (Array.isArray(value)) return value.forEach((item) => walk(kind, item));
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (AUDITED.includes(kind) && typeof record.documentId === 'string') {
      if (!reached.has(kind)) reached.set(kind, new Set());
      reached.get(kind)?.add(record.documentId);
    }
    for (const [field, target] of Object.entries(RELATIONS[kind])) {
      if (record[field] && isCaseType(target)) walk(target, record[field]);
    }
  };
  walk(type, rows);
  await auditAccesses(
    strapi,
    caller,
    action,
    [...reached].map(([kind, ids]) => [kind, [...ids]])
  );
}

/** Whether the caller may see the record (no audit: an internal check before a write). */
export async function isVisible(strapi: Core.Strapi, caller: Caller, type: CaseType, documentId: string): Promise<boolean> {
  if (typeof documentId !== 'string' || documentId === '') return false;
  const count = await strapi.db.query(uidOf(type) as UID.ContentType).count({
    where: { $and: [{ documentId }, toQueryFilter(scopeOf(caller, type))] },
  });
  return count > 0;
}

/**
 * The documentIds of the records of `type` the caller may see, as a sub-query for another list's WHERE
 * (workflow instances, tasks, form submissions about a case file): the same scope as `isVisible`.
 */
export function visibleIdsQuery(strapi: Core.Strapi, caller: Caller, type: CaseType): unknown {
  return strapi.db
    .queryBuilder(uidOf(type) as UID.ContentType)
    .select('documentId')
    .where(toQueryFilter(scopeOf(caller, type)))
    .getKnexQuery();
}

/**
 * A record asked for by id that the caller may not see (or that does not exist: the answer is the same
 * 404, so it tells nothing): the refused access is written to the audit trail with who and which id.
 */
async function refuse(
  strapi: Core.Strapi,
  caller: Caller,
  type: CaseType,
  documentId: unknown,
  it: string,
  en: string
): Promise<never> {
  await auditAccess(strapi, caller, 'denied', type, [String(documentId).slice(0, 64)]);
  notFound(it, en);
}

/** The record is visible to the caller, or 404 with the refusal audited. */
export async function requireVisible(
  strapi: Core.Strapi,
  caller: Caller,
  type: CaseType,
  documentId: string,
  it: string,
  en: string
): Promise<void> {
  if (!(await isVisible(strapi, caller, type, documentId))) await refuse(strapi, caller, type, documentId, it, en);
}

/** The document-service filter shape is also valid for the query engine here (relations by nested objects). */
function toQueryFilter(filter: Record<string, unknown>): Record<string, unknown> {
  return filter;
}
