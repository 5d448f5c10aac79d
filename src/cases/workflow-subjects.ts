import type { Core } from '@strapi/strapi';
import type { Guard, LocalizedText, WorkflowDefinition } from '../plugins/workflows/shared';
import { casePathOfCase, formTitles } from './case-path';
import { CASE_SUBJECT } from './workflow';

interface SubjectRulesRegistry {
  register(
    type: string,
    rules: {
      guards?(subjectId: string, workflowKey: string, definition: WorkflowDefinition): Promise<Record<string, Guard[]>>;
      describe?(subjectIds: string[]): Promise<Map<string, LocalizedText>>;
    }
  ): void;
}

/**
 * The engine's form guard for the forms a case's service requires before a transition (`caseForms[].requiredBefore`).
 * Generated when the instance's transitions are shown or one is taken, from the service's configuration of that
 * moment, and only for the workflow the service names: several services share one workflow (the demo's housing
 * workflow serves three), each with its own forms, so the guard cannot live in the shared definition; and the UdP
 * changing a service's forms applies to the running cases at once, without a new workflow version.
 */
export async function requiredFormGuards(
  strapi: Core.Strapi,
  caseId: string,
  workflowKey: string,
  definition: WorkflowDefinition
): Promise<Record<string, Guard[]>> {
  const path = await casePathOfCase(strapi, caseId);
  if (path.caseWorkflow !== workflowKey) return {};
  const required = path.caseForms.filter((e) => typeof e.requiredBefore === 'string' && e.requiredBefore !== '');
  if (required.length === 0) return {};
  const titles = await formTitles(
    strapi,
    required.map((e) => e.form)
  );
  const guards: Record<string, Guard[]> = {};
  for (const entry of required) {
    const transition = definition.transitions.find((t) => t.key === entry.requiredBefore);
    if (!transition) continue;
    const to = definition.states.find((s) => s.key === transition.to)?.label ?? {
      it: transition.label.it,
      en: transition.label.en,
    };
    const title = titles.get(entry.form) ?? { it: entry.form, en: entry.form };
    (guards[transition.key] ??= []).push({
      type: 'form',
      form: entry.form,
      message: {
        it: `Per passare a ${to.it} serve il modulo ${title.it}`,
        en: `To move to ${to.en}, the form ${title.en} is needed`,
      },
    });
  }
  return guards;
}

const day = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10).split('-').reverse().join('/') : null;

/** Cases described for staff who may see them: service, comune, open or closed and since when. No personal data. */
export async function describeCases(strapi: Core.Strapi, ids: string[]): Promise<Map<string, LocalizedText>> {
  const rows = (await strapi.db.query(CASE_SUBJECT).findMany({
    where: { documentId: { $in: ids } },
    select: ['documentId', 'status', 'openedAt', 'closedAt'],
    populate: { service: { select: ['documentId'] }, municipality: { select: ['name'] } },
  })) as {
    documentId: string;
    status: string;
    openedAt: string | null;
    closedAt: string | null;
    service: { documentId: string } | null;
    municipality: { name: string } | null;
  }[];
  const serviceIds = [...new Set(rows.map((r) => r.service?.documentId).filter((id): id is string => Boolean(id)))];
  const services = serviceIds.length
    ? ((await strapi.db
        .query('api::service.service')
        .findMany({ where: { documentId: { $in: serviceIds } }, select: ['documentId', 'name', 'locale'] })) as {
        documentId: string;
        name: string;
        locale: string;
      }[])
    : [];
  const nameOf = (id: string | undefined, locale: string) =>
    services.find((s) => s.documentId === id && s.locale === locale)?.name ?? services.find((s) => s.documentId === id)?.name;
  const labels = new Map<string, LocalizedText>();
  for (const row of rows) {
    const opened = day(row.openedAt);
    const closed = day(row.closedAt);
    const it = [
      nameOf(row.service?.documentId, 'it') ?? 'Cartella sociale',
      row.municipality?.name,
      row.status === 'closed' ? `chiusa${closed ? ` il ${closed}` : ''}` : `aperta${opened ? ` dal ${opened}` : ''}`,
    ];
    const en = [
      nameOf(row.service?.documentId, 'en') ?? 'Case file',
      row.municipality?.name,
      row.status === 'closed' ? `closed${closed ? ` on ${closed}` : ''}` : `open${opened ? ` since ${opened}` : ''}`,
    ];
    labels.set(row.documentId, { it: it.filter(Boolean).join(' · '), en: en.filter(Boolean).join(' · ') });
  }
  return labels;
}

/** Registers the case files' rules with the workflows engine (next to their visibility guard, src/cases/form-subjects.ts). */
export function registerCaseWorkflowSubjects(strapi: Core.Strapi): void {
  const registry = strapi.plugin('workflows')?.service('subject-rules') as SubjectRulesRegistry | undefined;
  registry?.register(CASE_SUBJECT, {
    guards: (caseId, workflowKey, definition) => requiredFormGuards(strapi, caseId, workflowKey, definition),
    describe: (ids) => describeCases(strapi, ids),
  });
}
