import type { Core } from '@strapi/strapi';
import type { FieldError } from '../../../validation/field-errors';
import { CASE_FORM_PURPOSES, type CaseFormEntry } from '../../../cases/case-path';

const UID = 'api::service.service';
const CASE = 'api::case.case';
const ENTRY_KEYS = ['form', 'purpose', 'roles', 'requiredBefore'];
const MAX_FORMS = 30;

/** A problem of the case path, named by the labels the console shows (the path stays for the console to place it). */
function labelled(path: (string | number)[], label: { it: string; en: string }, it: string, en: string): FieldError {
  return {
    path: path.map(String),
    it: `${label.it}: ${it}`,
    en: `${label.en}: ${en}`,
    message: `${label.it}: ${it} / ${label.en}: ${en}`,
  };
}

const LABELS = {
  caseWorkflow: { it: 'Flusso della pratica', en: 'Case workflow' },
  caseForms: { it: 'Moduli della pratica', en: 'Case forms' },
  form: (n: number) => ({ it: `Modulo ${n}`, en: `Form ${n}` }),
  purpose: (n: number) => ({ it: `Modulo ${n}, scopo`, en: `Form ${n}, purpose` }),
  roles: (n: number) => ({ it: `Modulo ${n}, chi lo compila`, en: `Form ${n}, filled in by` }),
  requiredBefore: (n: number) => ({
    it: `Modulo ${n}, richiesto per il passaggio`,
    en: `Form ${n}, required before the transition`,
  }),
};

interface PublishedWorkflow {
  transitions: Set<string>;
}

/** The transition keys of the published version of a workflow of case files, or null when there is none. */
async function publishedCaseWorkflow(strapi: Core.Strapi, key: string): Promise<PublishedWorkflow | null> {
  const row = (await strapi.db.query('plugin::workflows.workflow-version').findOne({
    where: { status: 'published', workflow: { key, contentType: CASE } },
    select: ['definition'],
  })) as { definition: { transitions?: { key: string }[] } } | null;
  return row ? { transitions: new Set((row.definition.transitions ?? []).map((t) => t.key)) } : null;
}

/** Published forms by key, with the roles that may fill them and their title. */
async function publishedForms(strapi: Core.Strapi, keys: string[]): Promise<Map<string, { roles: string[] }>> {
  if (keys.length === 0 || !strapi.plugin('forms')) return new Map();
  const rows = (await strapi.db.query('plugin::forms.form').findMany({
    where: { key: { $in: keys }, versions: { status: 'published' } },
    select: ['key', 'roles'],
  })) as { key: string; roles: string[] }[];
  return new Map(rows.map((row) => [row.key, { roles: Array.isArray(row.roles) ? row.roles : [] }]));
}

/** The staff roles (users-permissions role types) by type, with their names. */
async function staffRoles(strapi: Core.Strapi): Promise<Map<string, string>> {
  const rows = (await strapi.db.query('plugin::users-permissions.role').findMany({ select: ['type', 'name'] })) as {
    type: string;
    name: string;
  }[];
  return new Map(rows.filter((r) => r.type !== 'public' && r.type !== 'authenticated').map((r) => [r.type, r.name]));
}

function checkEntryShape(entry: unknown, n: number, index: number, errors: FieldError[]): entry is CaseFormEntry {
  const path = ['caseForms', index];
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
    errors.push(
      labelled(path, LABELS.form(n), 'indicare modulo, scopo e chi lo compila', 'give the form, its purpose and who fills it in')
    );
    return false;
  }
  const unknown = Object.keys(entry).filter((k) => !ENTRY_KEYS.includes(k));
  if (unknown.length > 0) errors.push(labelled(path, LABELS.form(n), 'contiene dati non previsti', 'holds unexpected data'));
  const e = entry as Record<string, unknown>;
  let ok = unknown.length === 0;
  if (typeof e.form !== 'string' || e.form === '') {
    errors.push(labelled([...path, 'form'], LABELS.form(n), 'scegliere un modulo', 'choose a form'));
    ok = false;
  }
  if (typeof e.purpose !== 'string' || !(CASE_FORM_PURPOSES as readonly string[]).includes(e.purpose)) {
    errors.push(
      labelled(
        [...path, 'purpose'],
        LABELS.purpose(n),
        'scegliere tra accesso, valutazione, progetto, monitoraggio, chiusura',
        'choose among access, assessment, project, monitoring, closure'
      )
    );
    ok = false;
  }
  if (!Array.isArray(e.roles) || e.roles.length === 0 || e.roles.some((r) => typeof r !== 'string')) {
    errors.push(labelled([...path, 'roles'], LABELS.roles(n), 'scegliere almeno un ruolo', 'choose at least one role'));
    ok = false;
  }
  if (e.requiredBefore !== undefined && e.requiredBefore !== null && typeof e.requiredBefore !== 'string') {
    errors.push(
      labelled(
        [...path, 'requiredBefore'],
        LABELS.requiredBefore(n),
        'scegliere un passaggio del flusso',
        'choose a transition of the workflow'
      )
    );
    ok = false;
  }
  return ok;
}

/**
 * The case path of a service (`caseWorkflow`, `caseForms`): the workflow must be a published workflow of case
 * files; each form a published form, once; its purpose one of the five; its roles existing roles that may fill
 * that form; the transition that requires it one of the workflow's. Checked whenever either part changes,
 * against the other part as it will be after the write.
 */
export async function casePathRules(
  strapi: Core.Strapi,
  data: Record<string, unknown>,
  documentId: string | undefined
): Promise<FieldError[]> {
  if (data.caseWorkflow === undefined && data.caseForms === undefined) return [];
  const existing = documentId
    ? ((await strapi.db.query(UID).findOne({ where: { documentId }, select: ['caseWorkflow', 'caseForms'] })) as {
        caseWorkflow: string | null;
        caseForms: unknown;
      } | null)
    : null;
  const workflowKey = data.caseWorkflow !== undefined ? data.caseWorkflow : (existing?.caseWorkflow ?? null);
  const forms = data.caseForms !== undefined ? data.caseForms : (existing?.caseForms ?? null);
  const errors: FieldError[] = [];

  let workflow: PublishedWorkflow | null = null;
  if (workflowKey !== null && workflowKey !== '') {
    workflow = typeof workflowKey === 'string' ? await publishedCaseWorkflow(strapi, workflowKey) : null;
    if (!workflow) {
      errors.push(
        labelled(
          ['caseWorkflow'],
          LABELS.caseWorkflow,
          'non è un flusso pubblicato per le cartelle',
          'not a published workflow for case files'
        )
      );
    }
  }
  if (forms === null) return errors;
  if (!Array.isArray(forms) || forms.length > MAX_FORMS) {
    errors.push(
      labelled(
        ['caseForms'],
        LABELS.caseForms,
        `indicare un elenco di al massimo ${MAX_FORMS} moduli`,
        `give a list of at most ${MAX_FORMS} forms`
      )
    );
    return errors;
  }
  const entries = forms.map((entry, index) => (checkEntryShape(entry, index + 1, index, errors) ? entry : null));
  const keys = entries.filter((e): e is CaseFormEntry => e !== null).map((e) => e.form);
  const [published, roles] = await Promise.all([publishedForms(strapi, keys), staffRoles(strapi)]);
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (!entry) return;
    const n = index + 1;
    const path = ['caseForms', index];
    const form = published.get(entry.form);
    if (!form) errors.push(labelled([...path, 'form'], LABELS.form(n), 'non è un modulo pubblicato', 'not a published form'));
    else if (seen.has(entry.form))
      errors.push(labelled([...path, 'form'], LABELS.form(n), 'è già nell’elenco', 'is already in the list'));
    seen.add(entry.form);
    for (const role of entry.roles) {
      const name = roles.get(role);
      if (!name)
        errors.push(labelled([...path, 'roles'], LABELS.roles(n), 'uno dei ruoli non esiste', 'one of the roles does not exist'));
      else if (form && !form.roles.includes(role)) {
        errors.push(
          labelled(
            [...path, 'roles'],
            LABELS.roles(n),
            `il ruolo ${name} non può compilare questo modulo`,
            `role ${name} may not fill in this form`
          )
        );
      }
    }
    if (typeof entry.requiredBefore === 'string' && entry.requiredBefore !== '') {
      if (!workflowKey) {
        errors.push(
          labelled(
            [...path, 'requiredBefore'],
            LABELS.requiredBefore(n),
            'scegliere prima il flusso della pratica',
            'choose the case workflow first'
          )
        );
      } else if (workflow && !workflow.transitions.has(entry.requiredBefore)) {
        errors.push(
          labelled(
            [...path, 'requiredBefore'],
            LABELS.requiredBefore(n),
            'non è un passaggio del flusso della pratica',
            'not a transition of the case workflow'
          )
        );
      }
    }
  });
  return errors;
}
