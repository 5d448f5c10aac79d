import type { Core, UID } from '@strapi/strapi';
import { bodyData } from '../plugins/plugin-kit/request';
import { forbidden, throwIssues, type BilingualIssue } from '../plugins/plugin-kit/errors';
import { validateWrite } from '../validation/validate-write';
import { isValidPersonFiscalCode } from '../validation/italian-tax-codes';
import { isVisible } from './access';
import { caseRoleOf, type Caller } from './caller';
import { RELATIONS, WRITABLE, isCaseType, uidOf, type CaseType } from './model';
import { startCaseWorkflow, workflowKeyFor } from './workflow';

/**
 * Checks a create/update body: only the fields the role may write (system fields, owner and audit fields
 * are refused with 400 naming them), the schema's rules, relations given as documentIds the caller may
 * see, comuni the operator works for (403 otherwise). Returns the data to write.
 */
export async function checkWrite(
  strapi: Core.Strapi,
  caller: Caller,
  type: CaseType,
  ctx: { request: { body?: unknown } },
  action: 'create' | 'update',
  documentId?: string
): Promise<Record<string, unknown>> {
  const role = caseRoleOf(caller);
  const writable = WRITABLE[role][type];
  if (!writable) forbidden('Il tuo ruolo non può modificare questi dati', 'Your role cannot change this data');
  const data = bodyData(ctx);
  const issues: BilingualIssue[] = [];
  for (const key of Object.keys(data)) {
    if (!writable.includes(key))
      issues.push({ path: `data.${key}`, it: 'campo di sistema o non modificabile', en: 'system or read-only field' });
  }
  // A case's workflow is chosen when it is opened; later it moves through the engine's transitions.
  if (type === 'case' && action === 'update' && data.workflowKey !== undefined) {
    issues.push({ path: 'data.workflowKey', it: "si sceglie all'apertura della cartella", en: 'chosen when the case is opened' });
  }
  if (issues.length) throwIssues(issues);
  await validateWrite(strapi, uidOf(type) as UID.ContentType, { data }, action, documentId);

  for (const [key, target] of Object.entries(RELATIONS[type])) {
    const value = data[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') {
      issues.push({ path: `data.${key}`, it: 'indicare il documentId', en: 'give the documentId' });
      continue;
    }
    if (isCaseType(target) && !(await isVisible(strapi, caller, target, value))) {
      issues.push({ path: `data.${key}`, it: 'riferimento non trovato', en: 'reference not found' });
    }
    if (target === 'municipality' && !caller.municipalities.includes(value)) {
      forbidden(`${key}: non è un comune del tuo account`, `${key}: not a comune of your account`);
    }
  }
  if (type === 'beneficiary' && typeof data.fiscalCode === 'string') {
    data.fiscalCode = data.fiscalCode.toUpperCase();
    if (!isValidPersonFiscalCode(data.fiscalCode as string)) {
      issues.push({ path: 'data.fiscalCode', it: 'codice fiscale non valido', en: 'invalid fiscal code' });
    }
  }
  if (issues.length) throwIssues(issues);
  return data;
}

/** A case opened without an area takes its service's, so that the UdP reads it by area like the others. */
async function areaFor(strapi: Core.Strapi, data: Record<string, unknown>): Promise<unknown> {
  if ((data.area !== undefined && data.area !== null && data.area !== '') || typeof data.service !== 'string') return data.area;
  const rows = (await strapi.db.query('api::service.service').findMany({
    where: { documentId: data.service },
    populate: { area: { select: ['documentId'] } },
  })) as { area?: { documentId: string } | null }[];
  return rows.find((row) => row.area)?.area?.documentId ?? data.area;
}

/**
 * Creates a checked record. A new case starts, in the same transaction, the workflow named in the body or
 * the one of its service (src/cases/workflow.ts), as the caller: its instance is on the case from the start.
 */
export async function createChecked(
  strapi: Core.Strapi,
  caller: Caller,
  type: CaseType,
  data: Record<string, unknown>
): Promise<string> {
  const workflow = type === 'case' ? await workflowKeyFor(strapi, data) : null;
  const values = type === 'case' ? { ...data, area: await areaFor(strapi, data), workflowKey: null } : data;
  return strapi.db.transaction(async () => {
    const created = (await strapi.documents(uidOf(type) as UID.ContentType).create({ data: values })) as { documentId: string };
    if (workflow)
      await startCaseWorkflow(
        strapi,
        { id: caller.id, username: caller.username, role: { type: caller.role } },
        created.documentId,
        workflow
      );
    return created.documentId;
  });
}
