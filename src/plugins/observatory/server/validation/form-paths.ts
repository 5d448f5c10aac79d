import type { Core } from '@strapi/strapi';
import type { BilingualIssue } from '../../../plugin-kit/errors';
import { indexDefinition } from '../../../forms/shared/definition-index';
import { personalPaths } from '../../../forms/shared/personal';
import type { FormDefinition } from '../../../forms/shared/types';
import type { Computation, SubmissionMeasure } from '../../shared/computation';

/** Field types by data template (`members.*.relationship`), over every version of a form. */
type Templates = Map<string, string>;
/** Data templates of fields flagged as personal data in some version (a personal group makes its rows' fields personal). */
type Personal = Set<string>;

/**
 * Checks a computation's submission measures against their forms: the form exists, and every answer
 * it names (date, comune, summed field, answer filters) is a field of some version of the form (old
 * versions count: their submissions are still aggregated). Inside a repeated group a filter names the
 * row's field through `*` (`members.*.relationship`); the group itself cannot be compared.
 * Run after `computationIssues` found nothing (the shape is known to be right).
 */
export async function formPathIssues(
  strapi: Core.Strapi,
  computation: Computation,
  path = 'computation'
): Promise<BilingualIssue[]> {
  const measures: [SubmissionMeasure, string][] = [];
  if (computation.source === 'ratio') {
    if (computation.numerator.source === 'submissions') measures.push([computation.numerator, `${path}.numerator`]);
    if (computation.denominator.source === 'submissions') measures.push([computation.denominator, `${path}.denominator`]);
  } else if (computation.source === 'submissions') measures.push([computation, path]);
  const issues: BilingualIssue[] = [];
  for (const [measure, at] of measures) {
    const known = await templatesOf(strapi, measure.form);
    if (!known) {
      issues.push({ path: `${at}.form`, it: 'modulo sconosciuto', en: 'unknown form' });
      continue;
    }
    const { templates, personal } = known;
    const check = (name: string | undefined, where: string, rowsAllowed: boolean) => {
      if (name === undefined) return;
      const type = templates.get(name);
      const quoted = `«${name}»`;
      if (!type) issues.push({ path: where, it: `il modulo non ha il campo ${quoted}`, en: `the form has no field ${quoted}` });
      // Counting by a personal answer would read it back one question at a time.
      else if (personal.has(name))
        issues.push({
          path: where,
          it: `${quoted} è un dato personale: non si usa negli indicatori`,
          en: `${quoted} is personal data: it cannot be used in indicators`,
        });
      else if (type === 'group')
        issues.push(
          rowsAllowed
            ? {
                path: where,
                it: `${quoted} è un gruppo ripetuto: indicare un campo delle sue righe (${name}.*.campo)`,
                en: `${quoted} is a repeated group: name a field of its rows (${name}.*.field)`,
              }
            : {
                path: where,
                it: `${quoted} è un gruppo ripetuto: qui serve un campo fuori dai gruppi`,
                en: `${quoted} is a repeated group: a field outside groups is needed here`,
              }
        );
    };
    check(measure.dateField, `${at}.dateField`, false);
    check(measure.municipalityField, `${at}.municipalityField`, false);
    if (measure.aggregate === 'sum') check(measure.field, `${at}.field`, false);
    (measure.answers ?? []).forEach((filter, i) => check(filter.field, `${at}.answers.${i}.field`, true));
  }
  return issues;
}

async function templatesOf(strapi: Core.Strapi, key: string): Promise<{ templates: Templates; personal: Personal } | null> {
  const form = (await strapi.db.query('plugin::forms.form').findOne({
    where: { key },
    select: ['id'],
    populate: { versions: { select: ['definition'] } },
  })) as { versions?: { definition: FormDefinition | null }[] } | null;
  if (!form) return null;
  const templates: Templates = new Map();
  const personal: Personal = new Set();
  for (const version of form.versions ?? []) {
    if (!version.definition || !Array.isArray(version.definition.sections)) continue;
    for (const entry of indexDefinition(version.definition).fields)
      if (!templates.has(entry.template)) templates.set(entry.template, entry.field.type);
    for (const template of personalPaths(version.definition)) personal.add(template);
  }
  return { templates, personal };
}
