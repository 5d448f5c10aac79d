import type { Core } from '@strapi/strapi';
import { rolesOf, validateDefinition, type WorkflowDefinition } from '../../shared';
import { actorOf } from '../utils/actor';
import { badRequest, notFound, throwIssues } from '../utils/errors';
import { getService } from '../utils/get-service';
import { DESIGNER_ROLE, roleOf, type RequestUser } from '../utils/request-user';
import { UID } from '../utils/uids';
import { checkChangeNote, checkWorkflowInput, type WorkflowInput } from '../validation/workflow-input';
import type { AuditEntry } from './audit';
import { checkStateMap, migrateInstances, runningCounts } from './migration';
import { contentTypeExists, validationContext } from './validation-context';

export interface VersionRecord {
  id: number;
  documentId: string;
  version: number;
  status: 'draft' | 'published' | 'retired';
  definition: WorkflowDefinition;
  changeNote?: string | null;
  publishedOn?: string | null;
  publishedBy?: string | null;
  supersededBy?: number | null;
  retiredOn?: string | null;
}

export interface WorkflowRecord {
  id: number;
  documentId: string;
  key: string;
  name: { it: string; en: string };
  description?: { it: string; en: string } | null;
  contentType: string;
  versions: VersionRecord[];
}

const POPULATE = { versions: { sort: ['version:asc'] } };
const KEY = /^[a-z][a-z0-9-]{1,79}$/;

/** What a publish request may carry: the running instances of older versions to move, state by state. */
export interface PublishOptions {
  migrate?: { states?: unknown };
}

const createDefinitionsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const workflows = () => strapi.documents(UID.workflow);
  const versions = () => strapi.documents(UID.version);
  const audit = () => getService(strapi, 'audit');
  /** Published and retired versions never change: their definitions are cached by `key@version`. */
  const cache = new Map<string, WorkflowDefinition>();

  const withFlag = (workflow: WorkflowRecord) => ({
    ...workflow,
    contentTypeAvailable: contentTypeExists(strapi, workflow.contentType),
  });
  const latest = (workflow: WorkflowRecord) => workflow.versions.reduce((max, v) => Math.max(max, v.version), 0);
  const draftOf = (workflow: WorkflowRecord) => workflow.versions.find((v) => v.status === 'draft');
  const publishedOf = (workflow: WorkflowRecord) => workflow.versions.find((v) => v.status === 'published');

  async function findWorkflow(key: string): Promise<WorkflowRecord> {
    const found = await workflows().findFirst({ filters: { key }, populate: POPULATE } as never);
    if (!found) notFound(`flusso "${key}" non trovato`, `workflow "${key}" not found`);
    return found as unknown as WorkflowRecord;
  }

  async function getVersion(key: string, version: number): Promise<VersionRecord> {
    const record = (await findWorkflow(key)).versions.find((v) => v.version === version);
    if (!record)
      notFound(`versione ${version} del flusso "${key}" non trovata`, `version ${version} of workflow "${key}" not found`);
    return record;
  }

  async function assertDefinition(contentType: string, definition: unknown): Promise<WorkflowDefinition> {
    const issues = validateDefinition(definition, await validationContext(strapi, contentType, definition));
    if (issues.length > 0) throwIssues(issues, ['definition']);
    return definition as WorkflowDefinition;
  }

  const record = (user: RequestUser | undefined, entry: AuditEntry) => audit().record(entry, actorOf(user));

  return {
    findWorkflow,
    getVersion,
    /** Every workflow with its versions (the designer's list), or for staff the published ones they take part in. */
    async list(user: RequestUser | undefined) {
      const all = (await workflows().findMany({ populate: POPULATE, sort: ['key:asc'] } as never)) as unknown as WorkflowRecord[];
      const role = roleOf(user);
      if (role === DESIGNER_ROLE) return all.map(withFlag);
      return all
        .map((workflow) => ({ workflow, published: publishedOf(workflow) }))
        .filter(({ published }) => published && rolesOf(published.definition).has(role))
        .map(({ workflow, published }) => withFlag({ ...workflow, versions: [published as VersionRecord] }));
    },

    async findOne(key: string) {
      return withFlag(await findWorkflow(key));
    },

    async create(input: WorkflowInput, user: RequestUser | undefined) {
      const issues = checkWorkflowInput(input, true);
      if (issues.length > 0) throwIssues(issues);
      if (await strapi.db.query(UID.workflow).findOne({ where: { key: input.key }, select: ['id'] })) {
        throwIssues([
          { path: 'key', it: 'esiste già un flusso con questa chiave', en: 'a workflow with this key already exists' },
        ]);
      }
      const definition = await assertDefinition(input.contentType as string, input.definition);
      await strapi.db.transaction(async () => {
        const { key, name, contentType } = input as Required<WorkflowInput>;
        const workflow = await workflows().create({
          data: { key, name, contentType, description: input.description ?? null, owner: user?.id ?? null },
        } as never);
        await versions().create({
          data: { workflow: workflow.documentId, version: 1, status: 'draft', definition, changeNote: input.changeNote ?? null },
        } as never);
        await record(user, {
          kind: 'definition',
          action: 'create',
          workflowKey: key,
          version: 1,
          comment: input.changeNote ?? null,
          details: { contentType },
        });
      });
      return withFlag(await findWorkflow(input.key as string));
    },

    /** Name and description; the key too, as long as no version was ever published (no instance can name it). */
    async updateMeta(key: string, input: WorkflowInput, user: RequestUser | undefined) {
      const workflow = await findWorkflow(key);
      const { key: newKey, ...meta } = (input ?? {}) as WorkflowInput;
      const issues = checkWorkflowInput(meta, false);
      const renaming = newKey !== undefined && newKey !== key;
      if (renaming) {
        if (typeof newKey !== 'string' || !KEY.test(newKey)) {
          issues.push({
            path: 'key',
            it: 'codice non valido (minuscole, cifre e trattini)',
            en: 'invalid code (lower case, digits and hyphens)',
          });
        } else if (workflow.versions.some((version) => version.status !== 'draft')) {
          issues.push({
            path: 'key',
            it: 'il codice non cambia più dopo la prima pubblicazione',
            en: 'the code cannot change after the first publication',
          });
        } else if (await strapi.db.query(UID.workflow).findOne({ where: { key: newKey }, select: ['id'] })) {
          issues.push({
            path: 'key',
            it: 'esiste già un flusso con questo codice',
            en: 'a workflow with this code already exists',
          });
        }
      }
      if (issues.length > 0) throwIssues(issues);
      const finalKey = renaming ? (newKey as string) : key;
      await strapi.db.transaction(async () => {
        const data = {
          ...(meta.name !== undefined ? { name: meta.name } : {}),
          ...(meta.description !== undefined ? { description: meta.description } : {}),
          ...(renaming ? { key: finalKey } : {}),
        };
        await workflows().update({ documentId: workflow.documentId, data } as never);
        await record(user, {
          kind: 'definition',
          action: 'update',
          workflowKey: finalKey,
          details: { name: meta.name ?? null, description: meta.description ?? null, ...(renaming ? { previousKey: key } : {}) },
        });
      });
      return withFlag(await findWorkflow(finalKey));
    },

    /** Running instances of the workflow on versions other than the draft, by version and state (the publish preview). */
    async running(key: string) {
      const workflow = await findWorkflow(key);
      return runningCounts(strapi, workflow.key, draftOf(workflow)?.version);
    },

    /** Saves the draft; with no draft, starts a new one (version = latest + 1). Published versions never change. */
    async saveDraft(
      key: string,
      definition: unknown,
      changeNote: string | undefined,
      user: RequestUser | undefined
    ): Promise<VersionRecord> {
      const issues = checkChangeNote(changeNote);
      if (issues.length > 0) throwIssues(issues);
      const workflow = await findWorkflow(key);
      const checked = await assertDefinition(workflow.contentType, definition);
      const draft = draftOf(workflow);
      const version = draft ? draft.version : latest(workflow) + 1;
      return strapi.db.transaction(async () => {
        const saved = draft
          ? await versions().update({
              documentId: draft.documentId,
              data: { definition: checked, changeNote: changeNote ?? draft.changeNote ?? null },
            } as never)
          : await versions().create({
              data: {
                workflow: workflow.documentId,
                version,
                status: 'draft',
                definition: checked,
                changeNote: changeNote ?? null,
              },
            } as never);
        await record(user, { kind: 'definition', action: 'save-draft', workflowKey: key, version, comment: changeNote ?? null });
        return saved as unknown as VersionRecord;
      });
    },

    /** Publishes the draft (checked again: forms, roles or users may have gone); the previous version retires. */
    async publish(
      key: string,
      user: RequestUser | undefined,
      options: PublishOptions = {}
    ): Promise<VersionRecord & { migrated: number }> {
      const workflow = await findWorkflow(key);
      const draft = draftOf(workflow);
      if (!draft) badRequest('nessuna bozza da pubblicare', 'no draft to publish');
      const definition = await assertDefinition(workflow.contentType, draft.definition);
      // State keys by their labels for the refusals: an older version's label wins over the draft's (newest first).
      const labelled = [draft, ...workflow.versions.filter((v) => v !== draft)];
      const oldLabels = new Map(
        labelled.flatMap((v) => (v.definition as WorkflowDefinition).states.map((s) => [s.key, s.label] as const))
      );
      const map = options.migrate
        ? checkStateMap(options.migrate.states, await runningCounts(strapi, key, draft.version), definition, oldLabels)
        : {};
      const now = new Date().toISOString();
      const previous = publishedOf(workflow);
      return strapi.db.transaction(async () => {
        if (previous) {
          await versions().update({
            documentId: previous.documentId,
            data: { status: 'retired', supersededBy: draft.version, retiredOn: now },
          });
        }
        const published = await versions().update({
          documentId: draft.documentId,
          data: { status: 'published', publishedOn: now, publishedBy: user?.username ?? 'system' },
        });
        const migrated = await migrateInstances(strapi, key, draft.version, definition, map, actorOf(user));
        await record(user, {
          kind: 'definition',
          action: 'publish',
          workflowKey: key,
          version: draft.version,
          details: { retired: previous?.version ?? null, migrated, states: map },
        });
        return { ...(published as unknown as VersionRecord), migrated };
      });
    },

    /** Stops new instances on the published version; running instances keep it until they end. */
    async retire(key: string, version: number, user: RequestUser | undefined): Promise<VersionRecord> {
      const found = await getVersion(key, version);
      if (found.status !== 'published')
        badRequest('si può ritirare solo la versione pubblicata', 'only the published version can be retired');
      return strapi.db.transaction(async () => {
        const retired = await versions().update({
          documentId: found.documentId,
          data: { status: 'retired', retiredOn: new Date().toISOString() },
        });
        await record(user, { kind: 'definition', action: 'retire', workflowKey: key, version });
        return retired as unknown as VersionRecord;
      });
    },

    /** The published version new instances start on, or 404. */
    async published(key: string): Promise<{ workflow: WorkflowRecord; version: VersionRecord }> {
      const workflow = await findWorkflow(key);
      const version = publishedOf(workflow);
      if (!version) notFound(`il flusso "${key}" non ha una versione pubblicata`, `workflow "${key}" has no published version`);
      return { workflow, version };
    },

    /** The definition an instance runs on (published or retired: immutable, hence cached). */
    async definitionOf(key: string, version: number): Promise<WorkflowDefinition> {
      const cacheKey = `${key}@${version}`;
      const cached = cache.get(cacheKey);
      if (cached) return cached;
      const row = (await strapi.db.query(UID.version).findOne({
        where: { version, workflow: { key }, status: { $in: ['published', 'retired'] } },
        select: ['definition'],
      })) as { definition: WorkflowDefinition } | null;
      if (!row)
        notFound(`versione ${version} del flusso "${key}" non trovata`, `version ${version} of workflow "${key}" not found`);
      cache.set(cacheKey, row.definition);
      return row.definition;
    },
  };
};

export default createDefinitionsService;
export type DefinitionsService = ReturnType<typeof createDefinitionsService>;
