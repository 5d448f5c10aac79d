import type { Core } from '@strapi/strapi';
import type { Field, JsonValue, Section } from '../../plugins/forms/shared';
import { aboutAny, type PersonRecords } from './subjects';

type Answers = Record<string, JsonValue>;

/** Answers that name, reach or describe the person in their own words, or are special-category: removed. */
const REMOVED = new Set<Field['type']>(['text', 'longText', 'email', 'phone', 'fiscalCode', 'file', 'isee']);

/**
 * A form's answers with nothing left that identifies the person: names, codes, contacts, free text, files,
 * ISEE and answers the form does not define are removed; a birth date keeps its year (1 January) as the
 * beneficiary's does. Choices, numbers, yes/no, comuni and services and the other dates stay, so that the
 * observatory's counts over submissions (by date, comune, answer) are unchanged. Groups are handled row by row.
 */
export function anonymiseAnswers(fields: Field[], data: unknown): Answers {
  const source = data && typeof data === 'object' && !Array.isArray(data) ? (data as Answers) : {};
  const out: Answers = {};
  for (const field of fields) {
    if (!(field.key in source) || REMOVED.has(field.type)) continue;
    const value = source[field.key];
    if (field.type === 'group') {
      out[field.key] = Array.isArray(value) ? value.map((row) => anonymiseAnswers(field.fields, row)) : [];
    } else if (field.type === 'calculated') {
      // A calculated text may be built from the name; numbers, booleans and dates (e.g. an age) stay.
      if (field.resultType !== 'text') out[field.key] = value;
    } else if (field.type === 'date' && /birth/i.test(field.key) && typeof value === 'string') {
      out[field.key] = `${value.slice(0, 4)}-01-01`;
    } else {
      out[field.key] = value;
    }
  }
  return out;
}

interface SubmissionRow {
  id: number;
  data: unknown;
  formVersion: { definition: { sections?: Section[] } } | null;
}

/** Anonymises, in place, every submission of the forms engine about the person's records. */
export async function anonymiseSubmissions(strapi: Core.Strapi, records: PersonRecords): Promise<number> {
  const where = aboutAny(records);
  if (!where || !strapi.plugin('forms')) return 0;
  const rows = (await strapi.db.query('plugin::forms.submission').findMany({
    where,
    select: ['id', 'data'],
    populate: { formVersion: { select: ['definition'] } },
  })) as SubmissionRow[];
  for (const row of rows) {
    const fields = (row.formVersion?.definition.sections ?? []).flatMap((section) => section.fields);
    await strapi.db
      .query('plugin::forms.submission')
      .update({ where: { id: row.id }, data: { data: anonymiseAnswers(fields, row.data) } });
  }
  return rows.length;
}
