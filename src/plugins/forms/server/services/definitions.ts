import type { Core } from '@strapi/strapi';
import { formKeyFromTitle, uniqueFormKey, validateDefinition } from '../../shared';
import type { FormDefinition } from '../../shared';
import { checkFormInput, type FormInput } from '../validation/form-input';
import { conflict, forbidden, notFound, throwIssues } from '../utils/errors';
import { DESIGNER_ROLE, type RequestUser, roleOf } from '../utils/request-user';
import { diffDefinitions } from './diff-definitions';

const FORM = 'plugin::forms.form';
const VERSION = 'plugin::forms.form-version';

export interface FormVersionRecord {
  id: number;
  documentId: string;
  version: number;
  status: 'draft' | 'published' | 'retired';
  definition: FormDefinition;
  changeNote?: string | null;
  publishedOn?: string | null;
  supersededBy?: number | null;
  retiredOn?: string | null;
}

export interface FormRecord {
  id: number;
  documentId: string;
  key: string;
  title: { it: string; en: string };
  description?: { it: string; en: string } | null;
  roles: string[];
  area?: { documentId: string; name: string } | null;
  services?: { documentId: string; name: string }[];
  versions?: FormVersionRecord[];
}

const POPULATE = {
  area: { fields: ['documentId', 'name', 'code'] },
  services: { fields: ['documentId', 'name', 'code'] },
  versions: { sort: ['version:asc'] },
};

const createDefinitionsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const forms = () => strapi.documents(FORM);
  const versions = () => strapi.documents(VERSION);

  async function findForm(key: string): Promise<FormRecord> {
    const form = await forms().findFirst({ filters: { key }, populate: POPULATE } as never);
    if (!form) notFound(`modulo "${key}" non trovato`, `form "${key}" not found`);
    return form as unknown as FormRecord;
  }

  function assertDefinition(definition: unknown): FormDefinition {
    const issues = validateDefinition(definition);
    if (issues.length > 0) throwIssues(issues, ['definition']);
    return definition as FormDefinition;
  }

  async function checkReferences(input: FormInput) {
    const issues = [];
    if (typeof input.area === 'string') {
      const area = await strapi.db.query('api::area.area').findOne({ where: { documentId: input.area }, select: ['id'] });
      if (!area) issues.push({ path: 'area', it: 'area sconosciuta', en: 'unknown area' });
    }
    for (const [i, documentId] of (input.services ?? []).entries()) {
      const service = await strapi.db.query('api::service.service').findOne({ where: { documentId }, select: ['id'] });
      if (!service) issues.push({ path: `services.${i}`, it: 'servizio sconosciuto', en: 'unknown service' });
    }
    if (issues.length > 0) throwIssues(issues);
  }

  async function getVersion(key: string, version: number): Promise<FormVersionRecord> {
    const form = await findForm(key);
    const record = (form.versions ?? []).find((v) => v.version === version);
    if (!record) notFound(`versione ${version} del modulo "${key}" non trovata`, `version ${version} of form "${key}" not found`);
    return record;
  }

  const latest = (form: FormRecord) => (form.versions ?? []).reduce((max, v) => Math.max(max, v.version), 0);
  const draftOf = (form: FormRecord) => (form.versions ?? []).find((v) => v.status === 'draft');
  const publishedOf = (form: FormRecord) => (form.versions ?? []).find((v) => v.status === 'published');

  return {
    /** Every form with its versions (the designer's list), or for fillers the forms they may fill. */
    async list(user: RequestUser | undefined): Promise<FormRecord[]> {
      const all = (await forms().findMany({ populate: POPULATE, sort: ['key:asc'] } as never)) as unknown as FormRecord[];
      const role = roleOf(user);
      if (role === DESIGNER_ROLE) return all;
      return all
        .filter((form) => form.roles.includes(role) && publishedOf(form))
        .map((form) => ({ ...form, versions: [publishedOf(form) as FormVersionRecord] }));
    },

    findForm,
    getVersion,

    async create(input: FormInput, user: RequestUser | undefined): Promise<FormRecord> {
      // No key given: one is derived from the Italian title (made unique).
      if (
        input &&
        typeof input === 'object' &&
        input.key === undefined &&
        typeof input.title?.it === 'string' &&
        input.title.it.trim() !== ''
      ) {
        const taken = ((await strapi.db.query(FORM).findMany({ select: ['key'] })) as { key: string }[]).map((form) => form.key);
        input = { ...input, key: uniqueFormKey(formKeyFromTitle(input.title.it), taken) };
      }
      const issues = checkFormInput(input, true);
      if (issues.length > 0) throwIssues(issues);
      if (await strapi.db.query(FORM).findOne({ where: { key: input.key } })) {
        throwIssues([{ path: 'key', it: 'esiste già un modulo con questa chiave', en: 'a form with this key already exists' }]);
      }
      const definition = assertDefinition(input.definition ?? { sections: [] });
      await checkReferences(input);
      return strapi.db.transaction(async () => {
        const form = await forms().create({
          data: {
            key: input.key,
            title: input.title,
            description: input.description ?? null,
            roles: input.roles,
            area: input.area ?? null,
            services: input.services ?? [],
            owner: user?.id ?? null,
          },
        } as never);
        await versions().create({
          data: { form: form.documentId, version: 1, status: 'draft', definition, changeNote: input.changeNote ?? null },
        } as never);
        return findForm(input.key as string);
      });
    },

    async updateMeta(key: string, input: FormInput): Promise<FormRecord> {
      const form = await findForm(key);
      const issues = checkFormInput(input, false);
      if (input.key !== undefined && input.key !== key)
        issues.push({ path: 'key', it: 'la chiave non si può cambiare', en: 'the key cannot change' });
      if (input.definition !== undefined)
        issues.push({
          path: 'definition',
          it: 'usare la bozza per cambiare la definizione',
          en: 'change the definition through the draft',
        });
      if (issues.length > 0) throwIssues(issues);
      await checkReferences(input);
      const { title, description, roles, area, services } = input;
      await forms().update({ documentId: form.documentId, data: { title, description, roles, area, services } } as never);
      return findForm(key);
    },

    /** Saves the draft; with no draft, starts a new one (version = latest + 1). Published versions never change. */
    async saveDraft(key: string, definition: unknown, changeNote: string | undefined): Promise<FormVersionRecord> {
      const form = await findForm(key);
      const checked = assertDefinition(definition);
      const draft = draftOf(form);
      if (draft) {
        return (await versions().update({
          documentId: draft.documentId,
          data: { definition: checked, changeNote: changeNote ?? draft.changeNote ?? null },
        } as never)) as unknown as FormVersionRecord;
      }
      return (await versions().create({
        data: {
          form: form.documentId,
          version: latest(form) + 1,
          status: 'draft',
          definition: checked,
          changeNote: changeNote ?? null,
        },
      } as never)) as unknown as FormVersionRecord;
    },

    async publish(key: string, user: RequestUser | undefined): Promise<FormVersionRecord> {
      const form = await findForm(key);
      const draft = draftOf(form);
      if (!draft) conflict('nessuna bozza da pubblicare', 'no draft to publish');
      assertDefinition(draft.definition);
      const now = new Date().toISOString();
      return strapi.db.transaction(async () => {
        const previous = publishedOf(form);
        if (previous) {
          await versions().update({
            documentId: previous.documentId,
            data: { status: 'retired', supersededBy: draft.version, retiredOn: now },
          });
        }
        return (await versions().update({
          documentId: draft.documentId,
          data: { status: 'published', publishedOn: now, publishedBy: user?.id ?? null },
        } as never)) as unknown as FormVersionRecord;
      });
    },

    /** Deletes a form never published (only a draft of version 1): nothing was ever filled with it. */
    async remove(key: string): Promise<void> {
      const form = await findForm(key);
      if ((form.versions ?? []).some((version) => version.status !== 'draft')) {
        conflict(
          'un modulo già pubblicato non si può eliminare: ritira la versione pubblicata',
          'a form that was published cannot be deleted: retire the published version'
        );
      }
      await strapi.db.transaction(async () => {
        for (const version of form.versions ?? []) await versions().delete({ documentId: version.documentId });
        await forms().delete({ documentId: form.documentId });
      });
    },

    /**
     * Discards the draft: the form goes back to its published (or latest) version. A form whose only
     * version is that draft is deleted with it.
     */
    async discardDraft(key: string): Promise<{ deletedForm: boolean }> {
      const form = await findForm(key);
      const draft = draftOf(form);
      if (!draft) conflict('nessuna bozza da scartare', 'no draft to discard');
      if ((form.versions ?? []).length === 1) {
        await this.remove(key);
        return { deletedForm: true };
      }
      await versions().delete({ documentId: draft.documentId });
      return { deletedForm: false };
    },

    /** A new form with the same settings and, as its draft version 1, the definition of this one's draft (or latest version). */
    async duplicate(key: string, input: { title?: unknown; key?: unknown }, user: RequestUser | undefined): Promise<FormRecord> {
      const source = await findForm(key);
      const title = input.title as FormInput['title'];
      const newKey = typeof input.key === 'string' ? input.key : undefined;
      const origin = draftOf(source) ?? [...(source.versions ?? [])].sort((a, b) => b.version - a.version)[0];
      return this.create(
        {
          key: newKey,
          title,
          description: source.description ?? undefined,
          roles: source.roles,
          area: source.area?.documentId ?? null,
          services: (source.services ?? []).map((service) => service.documentId),
          definition: origin?.definition ?? { sections: [] },
          changeNote: `Copia di ${source.key} / Copy of ${source.key}`,
        },
        user
      );
    },

    /** Stops new submissions on a published version; what was filled with it stays readable. */
    async retire(key: string, version: number): Promise<FormVersionRecord> {
      const record = await getVersion(key, version);
      if (record.status !== 'published')
        conflict('si può ritirare solo la versione pubblicata', 'only the published version can be retired');
      return (await versions().update({
        documentId: record.documentId,
        data: { status: 'retired', retiredOn: new Date().toISOString() },
      } as never)) as unknown as FormVersionRecord;
    },

    async diff(key: string, from: number, to: number) {
      const [a, b] = [await getVersion(key, from), await getVersion(key, to)];
      return { from, to, changes: diffDefinitions(a.definition, b.definition) };
    },

    /** The version new submissions use, for a role allowed to fill the form. */
    async published(key: string, user: RequestUser | undefined): Promise<{ form: FormRecord; version: FormVersionRecord }> {
      const form = await findForm(key);
      const role = roleOf(user);
      if (role !== DESIGNER_ROLE && !form.roles.includes(role)) {
        forbidden('questo modulo non è compilabile dal tuo ruolo', 'your role may not fill this form');
      }
      const version = publishedOf(form);
      if (!version) notFound(`il modulo "${key}" non ha una versione pubblicata`, `form "${key}" has no published version`);
      return { form, version };
    },
  };
};

export default createDefinitionsService;
export type DefinitionsService = ReturnType<typeof createDefinitionsService>;
