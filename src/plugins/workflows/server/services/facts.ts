import type { Core, UID as StrapiUID } from '@strapi/strapi';
import { formsRead, listVariables, readsRecord, type Guard, type GuardFacts, type LocalizedText } from '../../shared';
import { dayString, type InstanceRow } from './instance-row';

const POPULATABLE = ['relation', 'component', 'media', 'dynamiczone'];

/** Record fields the guards name (fields guards and `record.<field>` in expressions). */
function fieldsNamed(guards: Guard[]): Set<string> {
  const names = new Set<string>();
  for (const guard of guards) {
    if (guard.type === 'fields') guard.fields.forEach((field) => names.add(field));
    if (guard.type === 'expression') {
      for (const ref of listVariables(guard.expression)) {
        const [head, name] = ref.path.split('.');
        if (head === 'record' && name) names.add(name);
      }
    }
  }
  return names;
}

/** The subject record through the document service (default locale), with the relations the guards read. */
async function loadRecord(strapi: Core.Strapi, instance: InstanceRow, guards: Guard[]): Promise<Record<string, unknown> | null> {
  const uid = instance.subjectType as StrapiUID.ContentType;
  const model = strapi.contentTypes[uid];
  if (!model) return null;
  const attributes = model.attributes as Record<string, { type: string }>;
  const populate = [...fieldsNamed(guards)].filter((name) => POPULATABLE.includes(attributes[name]?.type));
  const record = await strapi.documents(uid).findOne({ documentId: instance.subjectId, populate } as never);
  return (record as Record<string, unknown> | null) ?? null;
}

/** The latest submission's data of each form, about the instance's record. */
async function loadForms(strapi: Core.Strapi, instance: InstanceRow, keys: string[]): Promise<GuardFacts['forms']> {
  if (keys.length === 0 || !strapi.plugin('forms')) return {};
  const rows = (await strapi.db.query('plugin::forms.submission').findMany({
    where: { subjectType: instance.subjectType, subjectId: instance.subjectId, form: { key: { $in: keys } } },
    select: ['id', 'data'],
    populate: { form: { select: ['key'] } },
    orderBy: { id: 'desc' },
  })) as { data: Record<string, unknown>; form: { key: string } | null }[];
  const forms: GuardFacts['forms'] = {};
  for (const row of rows) if (row.form && !forms[row.form.key]) forms[row.form.key] = row.data ?? {};
  return forms;
}

/** The titles of the forms that form guards without their own message name (a missing one is named by its title). */
async function loadFormTitles(strapi: Core.Strapi, guards: Guard[]): Promise<Record<string, LocalizedText>> {
  const keys = [...new Set(guards.flatMap((guard) => (guard.type === 'form' && !guard.message ? [guard.form] : [])))];
  if (keys.length === 0 || !strapi.plugin('forms')) return {};
  const rows = (await strapi.db
    .query('plugin::forms.form')
    .findMany({ where: { key: { $in: keys } }, select: ['key', 'title'] })) as { key: string; title: LocalizedText }[];
  return Object.fromEntries(rows.map((row) => [row.key, row.title]));
}

/** What the given guards read, and only that: nothing is loaded for transitions without guards. */
export async function loadFacts(strapi: Core.Strapi, instance: InstanceRow, guards: Guard[]): Promise<GuardFacts> {
  const [record, forms, formTitles] = await Promise.all([
    readsRecord(guards) ? loadRecord(strapi, instance, guards) : Promise.resolve(null),
    loadForms(strapi, instance, formsRead(guards)),
    loadFormTitles(strapi, guards),
  ]);
  return {
    record,
    forms,
    formTitles,
    instance: {
      state: instance.state,
      assigneeRole: instance.assigneeRole,
      deadline: dayString(instance.deadline),
      startedAt: instance.startedAt,
    },
  };
}
