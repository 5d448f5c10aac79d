import type { Core } from '@strapi/strapi';
import { BODY_TYPE_LABELS, BODY_TYPES, checkTemplateItems, DEFAULT_TEMPLATE } from '../../shared';
import type { BodyType, MinutesTemplate, TemplateEntry } from '../../shared';
import { UID } from '../data/rows';
import { notFound, throwIssues } from '../utils/errors';
import { sanitizeRichText } from '../utils/rich-text';
import { FieldChecker } from '../validation/fields';

interface TemplateRow {
  documentId: string;
  bodyType: BodyType;
  items: TemplateEntry[];
}

/** The minutes template of each body type, edited by the secretariat; minutes are drafted from it. */
const createMinutesTemplatesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(UID.minutesTemplate);

  const view = (bodyType: BodyType, row: TemplateRow | null) => ({
    documentId: bodyType,
    bodyType,
    bodyTypeLabel: BODY_TYPE_LABELS[bodyType],
    items: row ? row.items : DEFAULT_TEMPLATE.items,
    custom: Boolean(row),
  });

  function typeOf(value: string): BodyType {
    if (!(BODY_TYPES as readonly string[]).includes(value)) notFound('tipo di organismo sconosciuto', 'unknown body type');
    return value as BodyType;
  }

  const stored = async (bodyType: BodyType) =>
    (await query().findOne({ where: { bodyType }, select: ['documentId', 'bodyType', 'items'] })) as TemplateRow | null;

  return {
    /** The template minutes of a body of this type are drafted from (the agenda alone when none was set). */
    async of(bodyType: BodyType): Promise<MinutesTemplate> {
      const row = await stored(bodyType);
      return row ? { items: row.items } : DEFAULT_TEMPLATE;
    },

    async list() {
      const rows = (await query().findMany({ select: ['documentId', 'bodyType', 'items'] })) as TemplateRow[];
      return BODY_TYPES.map((type) => view(type, rows.find((r) => r.bodyType === type) ?? null));
    },

    async findOne(bodyType: string) {
      const type = typeOf(bodyType);
      return view(type, await stored(type));
    },

    /** `{ items: [{ kind: 'fixed', title, text? } | { kind: 'agenda' }] }`: the agenda exactly once. */
    async update(bodyType: string, data: Record<string, unknown>) {
      const type = typeOf(bodyType);
      const check = new FieldChecker(data).onlyKeys(['items']);
      if (data.items === undefined) check.add('items', 'obbligatorio', 'required');
      else
        for (const issue of checkTemplateItems(data.items))
          check.add(issue.path ? `items.${issue.path}` : 'items', issue.it, issue.en);
      if (check.issues.length > 0) throwIssues(check.issues, ['data']);
      const items = (data.items as TemplateEntry[]).map((entry) =>
        entry.kind === 'agenda'
          ? { kind: 'agenda' as const }
          : { kind: 'fixed' as const, title: entry.title.trim(), ...(entry.text ? { text: sanitizeRichText(entry.text) } : {}) }
      );
      const row = await stored(type);
      const documents = strapi.documents(UID.minutesTemplate);
      if (row) await documents.update({ documentId: row.documentId, data: { items } });
      else await documents.create({ data: { bodyType: type, items } });
      return view(type, await stored(type));
    },
  };
};

export default createMinutesTemplatesService;
export type MinutesTemplatesService = ReturnType<typeof createMinutesTemplatesService>;
