import type { Core } from '@strapi/strapi';
import { transitionsFrom, type WorkflowDefinition } from '../plugins/workflows/shared';
import { casePathOfCase, formTitles, submittedForms, type CaseFormPurpose } from './case-path';
import { CASE_SUBJECT, type CaseWorkflow } from './workflow';

/** A submission of a case form, as the case page lists it (its data are opened through the forms engine). */
export interface CaseFormSubmission {
  documentId: string;
  version: number;
  author: string | null;
  editable: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A form of the case's service, as `GET /api/cases/:id` answers it in `forms`. */
export interface CaseFormView {
  key: string;
  name: { it: string; en: string };
  purpose: CaseFormPurpose;
  /** The roles that fill it in on the case page. */
  roles: string[];
  /** A transition leaving the workflow's current state needs it now (no submission about the case yet). */
  required: boolean;
  /** The case's submissions of this form that the caller may see (the forms engine's own rule). */
  submissions: CaseFormSubmission[];
}

interface RequestUser {
  id: number;
  username: string;
  role?: { type: string };
}

interface SubmissionView extends CaseFormSubmission {
  form: string;
}

/**
 * The forms of the case's service with their state for this case. `workflow` is the case's instance as the
 * case's GET shows it: the transitions leaving its state tell which forms are required now.
 */
export async function caseFormsView(
  strapi: Core.Strapi,
  caseId: string,
  workflow: CaseWorkflow | null,
  user: RequestUser | undefined
): Promise<CaseFormView[]> {
  const path = await casePathOfCase(strapi, caseId);
  if (path.caseForms.length === 0 || !strapi.plugin('forms')) return [];
  const keys = path.caseForms.map((e) => e.form);
  let leaving = new Set<string>();
  if (workflow && !workflow.closed && workflow.key === path.caseWorkflow) {
    const definitions = strapi.plugin('workflows').service('definitions') as {
      definitionOf(key: string, version: number): Promise<WorkflowDefinition>;
    };
    const definition = await definitions.definitionOf(workflow.key, workflow.version);
    leaving = new Set(transitionsFrom(definition, workflow.state.key).map((t) => t.key));
  }
  const submissions = strapi.plugin('forms').service('submissions') as {
    list(query: Record<string, string>, user: RequestUser | undefined): Promise<SubmissionView[]>;
  };
  const [titles, submitted, visible] = await Promise.all([
    formTitles(strapi, keys),
    submittedForms(strapi, caseId, keys),
    submissions.list({ subjectType: CASE_SUBJECT, subjectId: caseId }, user),
  ]);
  return path.caseForms.map((entry) => ({
    key: entry.form,
    name: titles.get(entry.form) ?? { it: entry.form, en: entry.form },
    purpose: entry.purpose,
    roles: entry.roles,
    required: Boolean(entry.requiredBefore && leaving.has(entry.requiredBefore) && !submitted.has(entry.form)),
    submissions: visible
      .filter((s) => s.form === entry.form)
      .map(({ documentId, version, author, editable, createdAt, updatedAt }) => ({
        documentId,
        version,
        author,
        editable,
        createdAt,
        updatedAt,
      })),
  }));
}
