import type { Core } from '@strapi/strapi';
import { throwIssues } from '../plugins/plugin-kit/errors';
import type { RequestUser } from '../plugins/plugin-kit/request-user';
import { casePathOfService } from './case-path';

/** A case in the workflows engine. */
export const CASE_SUBJECT = 'api::case.case';

/** The instance of a case's workflow as the case's GET shows it (no history: that is the engine's page). */
export interface CaseWorkflow {
  documentId: string;
  key: string;
  version: number;
  state: { key: string; label: unknown; kind: string; colour: string };
  closed: boolean;
  deadline: string | null;
  overdue: boolean;
  assignee: { role: string | null; username: string | null };
}

interface WorkflowsInstances {
  start(
    request: { workflow: string; subject: { type: string; documentId: string } },
    user: RequestUser | undefined
  ): Promise<{ documentId: string }>;
  summary(documentId: string): Promise<CaseWorkflow | null>;
  summaryOf(row: Record<string, unknown>): Promise<CaseWorkflow>;
}
const instances = (strapi: Core.Strapi) => strapi.plugin('workflows')?.service('instances') as WorkflowsInstances | undefined;

/** Whether `key` is a published workflow of cases. */
async function isCaseWorkflow(strapi: Core.Strapi, key: string): Promise<boolean> {
  const count = await strapi.db.query('plugin::workflows.workflow-version').count({
    where: { status: 'published', workflow: { key, contentType: CASE_SUBJECT } },
  });
  return count > 0;
}

/**
 * The workflow a case being created will follow: the one named in the body (400 unless it is a published
 * workflow of cases), else the one its service names in its case path (`caseWorkflow`), if published; null when none applies.
 */
export async function workflowKeyFor(strapi: Core.Strapi, data: Record<string, unknown>): Promise<string | null> {
  if (!strapi.plugin('workflows')) return null;
  if (data.workflowKey !== undefined && data.workflowKey !== null && data.workflowKey !== '') {
    if (typeof data.workflowKey !== 'string' || !(await isCaseWorkflow(strapi, data.workflowKey))) {
      throwIssues([
        {
          path: 'data.workflowKey',
          it: 'flusso inesistente o non applicabile alle cartelle',
          en: 'no such workflow for case files',
        },
      ]);
    }
    return data.workflowKey;
  }
  if (typeof data.service !== 'string') return null;
  const key = (await casePathOfService(strapi, data.service)).caseWorkflow;
  return key && (await isCaseWorkflow(strapi, key)) ? key : null;
}

/**
 * Starts `key` on the case through the workflows engine (its start actions, history and audit run as for
 * any start) and records the instance on the case. Call inside the transaction that created the case.
 */
export async function startCaseWorkflow(strapi: Core.Strapi, user: RequestUser, caseId: string, key: string): Promise<string> {
  const engine = instances(strapi);
  if (!engine) throw new Error('workflows plugin not loaded');
  const started = await engine.start({ workflow: key, subject: { type: CASE_SUBJECT, documentId: caseId } }, user);
  await strapi.db
    .query(CASE_SUBJECT)
    .update({ where: { documentId: caseId }, data: { workflowKey: key, workflowInstance: started.documentId } });
  return started.documentId;
}

/** The case's workflow instance, or null. */
export async function caseWorkflowOf(strapi: Core.Strapi, instanceId: unknown): Promise<CaseWorkflow | null> {
  if (typeof instanceId !== 'string' || !instanceId) return null;
  return (await instances(strapi)?.summary(instanceId)) ?? null;
}

/** The same, from the instance row joined to the case (src/cases/detail.ts). */
export async function caseWorkflowFromRow(
  strapi: Core.Strapi,
  row: Record<string, unknown> | null
): Promise<CaseWorkflow | null> {
  return row ? ((await instances(strapi)?.summaryOf(row)) ?? null) : null;
}
