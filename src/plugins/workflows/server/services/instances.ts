import type { Core, UID as StrapiUID } from '@strapi/strapi';
import {
  initialState,
  isOverdue,
  planEffects,
  rolesOf,
  romeDate,
  stateOf,
  transitionOptions,
  transitionsFrom,
  type WorkflowDefinition,
} from '../../shared';
import { roleLabel, roleLabels } from '../../../plugin-kit/role-labels';
import { actorOf } from '../utils/actor';
import { conflict, forbidden, notFound, throwIssues } from '../utils/errors';
import { getService } from '../utils/get-service';
import { pageOf, paginated, stringParam } from '../utils/pagination';
import { DESIGNER_ROLE, roleOf, type RequestUser } from '../utils/request-user';
import { subjectVisibility } from '../utils/subject-visibility';
import { UID } from '../utils/uids';
import type { StartRequest } from '../validation/request-body';
import { loadFacts } from './facts';
import { dayString, INSTANCE_FIELDS, openKeyOf, type InstanceRow } from './instance-row';
import { recordMove } from './record-move';
import { movedColumns, namedUsers } from './move-helpers';

const HISTORY_FIELDS = [
  'documentId',
  'transition',
  'fromState',
  'toState',
  'comment',
  'notes',
  'actorUsername',
  'actorRole',
  'assigneeRole',
  'assigneeUsername',
  'deadline',
  'version',
  'at',
];
const TASK_FIELDS = ['documentId', 'title', 'state', 'assigneeRole', 'assigneeUsername', 'dueDate', 'status'];

/** An instance as the API shows it. */
function view(row: InstanceRow, definition: WorkflowDefinition, name: unknown, today: string) {
  const state = stateOf(definition, row.state);
  const deadline = dayString(row.deadline);
  return {
    documentId: row.documentId,
    workflow: { key: row.workflowKey, name: name ?? null, version: row.version },
    subject: { type: row.subjectType, documentId: row.subjectId },
    state: {
      key: row.state,
      label: state?.label ?? { it: row.state, en: row.state },
      kind: state?.kind ?? 'normal',
      colour: state?.colour ?? '#999999',
    },
    closed: Boolean(row.closed),
    lockVersion: row.lockVersion,
    assignee: {
      role: row.assigneeRole,
      user: row.assigneeUserId ? { id: row.assigneeUserId, username: row.assigneeUsername } : null,
    },
    deadline,
    overdue: !row.closed && isOverdue(deadline, today),
    enteredStateAt: row.enteredStateAt,
    startedAt: row.startedAt,
    startedBy: row.startedByUsername,
  };
}

const createInstancesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const definitions = () => getService(strapi, 'definitions');
  const instances = () => strapi.db.query(UID.instance);
  const subjects = subjectVisibility(strapi);

  async function workflowNames(): Promise<Map<string, unknown>> {
    const rows = (await strapi.db.query(UID.workflow).findMany({ select: ['key', 'name'] })) as { key: string; name: unknown }[];
    return new Map(rows.map((row) => [row.key, row.name]));
  }

  /** The UdP sees every instance; others those of workflow versions naming their role, assigned to or started by them. */
  async function canSee(row: InstanceRow, user: RequestUser | undefined): Promise<boolean> {
    const role = roleOf(user);
    if (role === DESIGNER_ROLE) return true;
    // The record's own access rules first: starting or being assigned an instance opens no other comune's case.
    if (!(await subjects.visible(row.subjectType, row.subjectId, user))) return false;
    // Who started it or has it assigned follows it (a start answers the new instance inside the case's own transaction).
    if (user && (row.assigneeUserId === user.id || row.startedById === user.id)) return true;
    return rolesOf(await definitions().definitionOf(row.workflowKey, row.version)).has(role);
  }

  async function loadVisible(documentId: string, user: RequestUser | undefined): Promise<InstanceRow> {
    const row = (await instances().findOne({ where: { documentId }, select: INSTANCE_FIELDS })) as InstanceRow | null;
    if (!row || !(await canSee(row, user))) notFound('istanza non trovata', 'instance not found');
    return row;
  }

  /** `$or` of the workflow versions whose definition names `role`. */
  async function versionsNaming(role: string): Promise<Record<string, unknown>[]> {
    const rows = (await strapi.db.query(UID.version).findMany({
      where: { status: { $in: ['published', 'retired'] } },
      select: ['version'],
      populate: { workflow: { select: ['key'] } },
    })) as { version: number; workflow: { key: string } | null }[];
    const visible: Record<string, unknown>[] = [];
    for (const row of rows) {
      if (row.workflow && rolesOf(await definitions().definitionOf(row.workflow.key, row.version)).has(role)) {
        visible.push({ workflowKey: row.workflow.key, version: row.version });
      }
    }
    return visible;
  }

  async function findOne(documentId: string, user: RequestUser | undefined) {
    const row = await loadVisible(documentId, user);
    // The record's own guards (e.g. forms its service requires) join the definition's.
    const definition = await getService(strapi, 'subject-rules').withSubjectGuards(
      await definitions().definitionOf(row.workflowKey, row.version),
      row
    );
    const outgoing = row.closed ? [] : transitionsFrom(definition, row.state);
    const facts = await loadFacts(
      strapi,
      row,
      outgoing.flatMap((t) => t.guards ?? [])
    );
    const [history, tasks, names] = await Promise.all([
      strapi.db
        .query(UID.history)
        .findMany({ where: { instanceId: documentId }, select: HISTORY_FIELDS, orderBy: { id: 'asc' } }),
      strapi.db
        .query(UID.task)
        .findMany({ where: { instanceId: documentId, status: 'open' }, select: TASK_FIELDS, orderBy: { id: 'asc' } }),
      workflowNames(),
    ]);
    return {
      ...view(row, definition, names.get(row.workflowKey), romeDate(new Date())),
      transitions: row.closed ? [] : transitionOptions(definition, row.state, roleOf(user), facts, roleLabels()),
      history,
      tasks,
    };
  }

  /** An instance's state for its record's own page, from its row (e.g. joined to the record). */
  async function summaryOf(row: InstanceRow) {
    const { state, closed, deadline, overdue, assignee } = view(
      row,
      await definitions().definitionOf(row.workflowKey, row.version),
      null,
      romeDate(new Date())
    );
    return {
      documentId: row.documentId,
      key: row.workflowKey,
      version: row.version,
      state,
      closed,
      deadline,
      overdue,
      assignee: { role: assignee.role, username: assignee.user?.username ?? null },
    };
  }

  return {
    loadVisible,
    findOne,

    /**
     * The state of one instance, without visibility checks, history or transitions: for a record's own page
     * (e.g. a case's GET), whose access rules the caller has already applied. One query (definitions are cached).
     */
    async summary(documentId: string) {
      const row = (await instances().findOne({ where: { documentId }, select: INSTANCE_FIELDS })) as InstanceRow | null;
      return row ? summaryOf(row) : null;
    },

    summaryOf,

    /** Starts `workflow` on a record, in its initial state, with the start's actions. */
    async start(request: StartRequest, user: RequestUser | undefined) {
      const { workflow, version } = await definitions().published(request.workflow);
      const definition = version.definition;
      const actor = actorOf(user);
      if (!definition.start.roles.includes(actor.role)) {
        const role = roleLabel(actor.role);
        forbidden(
          `il ruolo ${role.it} non può avviare il flusso «${workflow.name.it}»`,
          `the role ${role.en} may not start the workflow "${workflow.name.en}"`
        );
      }
      const { type, documentId } = request.subject;
      if (type !== workflow.contentType) {
        throwIssues([
          {
            path: 'subject.type',
            it: `il flusso «${workflow.name.it}» si applica a un altro tipo di record`,
            en: `the workflow "${workflow.name.en}" applies to another type of record`,
          },
        ]);
      }
      if (!strapi.contentTypes[type as StrapiUID.ContentType]) {
        throwIssues([
          { path: 'subject.type', it: 'questo tipo di record non esiste ancora', en: 'this type of record does not exist yet' },
        ]);
      }
      // A record the caller may not see (another comune's case) answers exactly like one that does not exist
      // (the body names it: 400 on `subject.documentId`, as the forms engine answers for `subject.id`).
      const exists = await strapi.db.query(type as StrapiUID.ContentType).findOne({ where: { documentId }, select: ['id'] });
      if (!exists || !(await subjects.visible(type, documentId, user))) {
        throwIssues([{ path: 'subject.documentId', it: 'record inesistente', en: 'no such record' }]);
      }
      const openKey = openKeyOf(workflow.key, type, documentId);
      const alreadyRunning = async () => {
        const running = await instances().count({ where: { openKey } });
        // No id in the answer: the running instance is found through the record's own page.
        if (running > 0)
          conflict(
            `il flusso «${workflow.name.it}» è già in corso su questo record`,
            `the workflow "${workflow.name.en}" is already running on this record`
          );
      };
      await alreadyRunning();
      const initial = initialState(definition)?.key as string;
      const at = new Date();
      const effects = planEffects(
        definition,
        { from: null, to: initial, actions: definition.start.actions },
        {
          today: romeDate(at),
          actor: { id: actor.id ?? 0, username: actor.username, role: actor.role },
          starter: null,
          current: { state: null, assigneeRole: null, assignee: null, deadline: null },
          users: await namedUsers(strapi, definition.start.actions),
        }
      );
      let created: InstanceRow;
      try {
        created = await strapi.db.transaction(async () => {
          const row = (await instances().create({
            data: {
              workflowKey: workflow.key,
              version: version.version,
              subjectType: type,
              subjectId: documentId,
              lockVersion: 0,
              openKey: effects.final ? null : openKey,
              startedAt: at,
              startedById: actor.id,
              startedByUsername: actor.username,
              ...movedColumns(effects, at),
            },
            select: INSTANCE_FIELDS,
          })) as InstanceRow;
          await recordMove(strapi, { instance: row, transition: null, from: null, effects, comment: null, actor, at });
          return row;
        });
      } catch (error) {
        // Two starts at once: the unique open key let one through; the other is told why.
        await alreadyRunning();
        throw error;
      }
      return findOne(created.documentId, user);
    },

    /** The instances the caller may see, newest first; `?workflow=&state=&subject=&subjectType=&closed=&overdue=`. */
    async list(query: Record<string, unknown>, user: RequestUser | undefined) {
      const page = pageOf(query);
      const filters: Record<string, unknown>[] = [];
      const columns: [string, string][] = [
        ['workflow', 'workflowKey'],
        ['state', 'state'],
        ['subject', 'subjectId'],
        ['subjectType', 'subjectType'],
      ];
      for (const [param, column] of columns) {
        const value = stringParam(query, param);
        if (value !== undefined) filters.push({ [column]: value });
      }
      const closed = stringParam(query, 'closed');
      if (closed !== undefined) {
        if (closed !== 'true' && closed !== 'false')
          throwIssues([{ path: 'closed', it: 'true oppure false', en: 'true or false' }]);
        filters.push({ closed: closed === 'true' });
      }
      const overdue = stringParam(query, 'overdue');
      if (overdue !== undefined) {
        if (overdue !== 'true' && overdue !== 'false')
          throwIssues([{ path: 'overdue', it: 'true oppure false', en: 'true or false' }]);
        // Same rule as `view`'s flag: running, and today is after the deadline's day.
        const today = romeDate(new Date());
        filters.push(
          overdue === 'true'
            ? { closed: false, deadline: { $lt: today } }
            : { $or: [{ closed: true }, { deadline: { $null: true } }, { deadline: { $gte: today } }] }
        );
      }
      const role = roleOf(user);
      if (role !== DESIGNER_ROLE) {
        const mine = user ? [{ assigneeUserId: user.id }, { startedById: user.id }] : [];
        filters.push({ $or: [...(await versionsNaming(role)), ...mine, { id: -1 }] });
        // Only instances about records the caller may see (another comune's cases are left out), in the query itself.
        filters.push(await subjects.scopeFilter(user));
      }
      const where = { $and: filters };
      const [rows, total, names] = await Promise.all([
        instances().findMany({
          where,
          select: INSTANCE_FIELDS,
          orderBy: { id: 'desc' },
          offset: (page.page - 1) * page.pageSize,
          limit: page.pageSize,
        }),
        instances().count({ where }),
        workflowNames(),
      ]);
      const today = romeDate(new Date());
      const data = [];
      for (const row of rows as InstanceRow[]) {
        data.push(view(row, await definitions().definitionOf(row.workflowKey, row.version), names.get(row.workflowKey), today));
      }
      return paginated(data, page, total);
    },
  };
};

export default createInstancesService;
export type InstancesService = ReturnType<typeof createInstancesService>;
