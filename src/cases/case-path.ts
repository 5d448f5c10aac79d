import type { Core } from '@strapi/strapi';

/**
 * The case path of a service, as the UdP configures it on the service ("Percorso della pratica"): the workflow
 * a new case starts (`caseWorkflow`) and the forms that belong to its cases (`caseForms`). Nothing here names a
 * demo form or workflow: everything comes from the service.
 */
export const CASE_FORM_PURPOSES = ['accesso', 'valutazione', 'progetto', 'monitoraggio', 'chiusura'] as const;
export type CaseFormPurpose = (typeof CASE_FORM_PURPOSES)[number];

export interface CaseFormEntry {
  /** A published form's key. */
  form: string;
  purpose: CaseFormPurpose;
  /** The roles that fill it in on the case page. */
  roles: string[];
  /** A transition of `caseWorkflow` that may be taken only once the form was submitted about the case. */
  requiredBefore?: string | null;
}

export interface CasePath {
  caseWorkflow: string | null;
  caseForms: CaseFormEntry[];
}

interface Text {
  it: string;
  en: string;
}

const CASE = 'api::case.case';

/** The stored list, trusting only well-formed entries (the service's rules checked them when written). */
export function entriesOf(value: unknown): CaseFormEntry[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (e): e is CaseFormEntry =>
      Boolean(e) &&
      typeof e === 'object' &&
      typeof (e as CaseFormEntry).form === 'string' &&
      Array.isArray((e as CaseFormEntry).roles)
  );
}

/** The case path of a service (by documentId). */
export async function casePathOfService(strapi: Core.Strapi, serviceId: unknown): Promise<CasePath> {
  if (typeof serviceId !== 'string' || serviceId === '') return { caseWorkflow: null, caseForms: [] };
  const row = (await strapi.db
    .query('api::service.service')
    .findOne({ where: { documentId: serviceId }, select: ['caseWorkflow', 'caseForms'] })) as {
    caseWorkflow: string | null;
    caseForms: unknown;
  } | null;
  return { caseWorkflow: row?.caseWorkflow || null, caseForms: entriesOf(row?.caseForms) };
}

/** The case path of a case's service, with the case's workflow instance id. */
export async function casePathOfCase(strapi: Core.Strapi, caseId: string): Promise<CasePath & { instance: string | null }> {
  const row = (await strapi.db.query(CASE).findOne({
    where: { documentId: caseId },
    select: ['workflowInstance'],
    populate: { service: { select: ['caseWorkflow', 'caseForms'] } },
  })) as { workflowInstance: string | null; service: { caseWorkflow: string | null; caseForms: unknown } | null } | null;
  return {
    caseWorkflow: row?.service?.caseWorkflow || null,
    caseForms: entriesOf(row?.service?.caseForms),
    instance: row?.workflowInstance ?? null,
  };
}

/** Titles of forms by key (it/en). */
export async function formTitles(strapi: Core.Strapi, keys: string[]): Promise<Map<string, Text>> {
  if (keys.length === 0 || !strapi.plugin('forms')) return new Map();
  const rows = (await strapi.db
    .query('plugin::forms.form')
    .findMany({ where: { key: { $in: keys } }, select: ['key', 'title'] })) as { key: string; title: Text }[];
  return new Map(rows.map((r) => [r.key, r.title]));
}

/** Keys of the forms with a submission about the case (by anyone: what the engine's form guard reads). */
export async function submittedForms(strapi: Core.Strapi, caseId: string, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0 || !strapi.plugin('forms')) return new Set();
  const rows = (await strapi.db.query('plugin::forms.submission').findMany({
    where: { subjectType: CASE, subjectId: caseId, form: { key: { $in: keys } } },
    select: ['id'],
    populate: { form: { select: ['key'] } },
  })) as { form: { key: string } | null }[];
  return new Set(rows.map((r) => r.form?.key).filter((k): k is string => Boolean(k)));
}
