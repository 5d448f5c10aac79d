import type { Core } from '@strapi/strapi';
import { migrationEffects, romeDate, type LocalizedText, type WorkflowDefinition } from '../../shared';
import type { Actor } from '../utils/actor';
import { throwIssues, type BilingualIssue } from '../utils/errors';
import { getService } from '../utils/get-service';
import { UID } from '../utils/uids';
import { dayString } from './instance-row';

/** Old state key → state key of the version being published. */
export type StateMap = Record<string, string>;

/** How many running instances of one older version sit in one state. */
export interface RunningCount {
  version: number;
  state: string;
  count: number;
}

/** `{ states: { old: new } }` of a publish request, checked against the running instances and the new version. */
export function checkStateMap(
  value: unknown,
  running: RunningCount[],
  target: WorkflowDefinition,
  oldLabels: Map<string, LocalizedText> = new Map()
): StateMap {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throwIssues([
      {
        path: 'migrate.states',
        it: 'indicare per ogni stato di partenza lo stato di arrivo',
        en: 'give a target state for each old state',
      },
    ]);
  }
  const map = value as Record<string, unknown>;
  const oldStates = new Set(running.map((row) => row.state));
  const issues: BilingualIssue[] = [];
  for (const [from, to] of Object.entries(map)) {
    if (!oldStates.has(from)) {
      const label = oldLabels.get(from);
      issues.push({
        path: `migrate.states.${from}`,
        it: label ? `nessuna pratica in corso nello stato «${label.it}»` : 'nessuna pratica in corso in questo stato',
        en: label ? `no running instance in the state "${label.en}"` : 'no running instance in this state',
      });
      continue;
    }
    const state = typeof to === 'string' ? target.states.find((candidate) => candidate.key === to) : undefined;
    if (!state)
      issues.push({
        path: `migrate.states.${from}`,
        it: 'lo stato di arrivo non è nella nuova versione',
        en: 'the target state is not in the new version',
      });
    else if (state.kind === 'final')
      issues.push({
        path: `migrate.states.${from}`,
        it: `«${state.label.it}» è uno stato finale: le pratiche in corso non vi si spostano`,
        en: `"${state.label.en}" is a final state: running instances cannot move there`,
      });
  }
  if (issues.length > 0) throwIssues(issues);
  return map as StateMap;
}

/** Running instances of a workflow on versions other than `except`, counted by version and state. */
export async function runningCounts(strapi: Core.Strapi, workflowKey: string, except?: number): Promise<RunningCount[]> {
  const rows = (await strapi.db.query(UID.instance).findMany({
    where: { workflowKey, closed: false, ...(except !== undefined ? { version: { $ne: except } } : {}) },
    select: ['version', 'state'],
  })) as { version: number; state: string }[];
  const counts = new Map<string, RunningCount>();
  for (const row of rows) {
    const id = `${row.version}|${row.state}`;
    const entry = counts.get(id) ?? { version: row.version, state: row.state, count: 0 };
    entry.count += 1;
    counts.set(id, entry);
  }
  return [...counts.values()].sort((a, b) => a.version - b.version || a.state.localeCompare(b.state));
}

/**
 * Moves the running instances of older versions in the mapped states onto `version` (inside the publish
 * transaction): each gets the new version and state and what entering that state gives, as a transition
 * would (its deadline; the open tasks of the state left are closed; an assignee role the new version does not
 * name is cleared), with one history and one audit row saying what changed.
 */
export async function migrateInstances(
  strapi: Core.Strapi,
  workflowKey: string,
  version: number,
  target: WorkflowDefinition,
  map: StateMap,
  actor: Actor
): Promise<number> {
  const from = Object.keys(map);
  if (from.length === 0) return 0;
  const rows = (await strapi.db.query(UID.instance).findMany({
    where: { workflowKey, closed: false, version: { $ne: version }, state: { $in: from } },
    select: [
      'id',
      'documentId',
      'version',
      'state',
      'lockVersion',
      'subjectType',
      'subjectId',
      'assigneeRole',
      'assigneeUsername',
      'deadline',
    ],
  })) as {
    id: number;
    documentId: string;
    version: number;
    state: string;
    lockVersion: number;
    subjectType: string;
    subjectId: string;
    assigneeRole: string | null;
    assigneeUsername: string | null;
    deadline: string | null;
  }[];
  const at = new Date();
  const today = romeDate(at);
  const definitions = getService(strapi, 'definitions');
  let moved = 0;
  const note = { it: `Spostata dalla versione %s alla versione ${version}`, en: `Moved from version %s to version ${version}` };
  for (const row of rows) {
    const to = map[row.state];
    const deadlineBefore = dayString(row.deadline);
    const effects = migrationEffects(
      await definitions.definitionOf(workflowKey, row.version),
      target,
      { ...row, deadline: deadlineBefore },
      to,
      today
    );
    const roleCleared = effects.assigneeRole !== row.assigneeRole;
    // Conditional on the state and lock version read: an instance moved meanwhile is left where it went.
    const { count } = await strapi.db.query(UID.instance).updateMany({
      where: { id: row.id, state: row.state, lockVersion: row.lockVersion, closed: false },
      data: {
        version,
        state: to,
        lockVersion: row.lockVersion + 1,
        deadline: effects.deadline,
        assigneeRole: effects.assigneeRole,
        ...(effects.deadline !== deadlineBefore ? { overdueNotifiedFor: null } : {}),
        ...(effects.entered ? { enteredStateAt: at } : {}),
      },
    });
    if (count !== 1) continue;
    moved += 1;
    const notes = [
      { it: note.it.replace('%s', String(row.version)), en: note.en.replace('%s', String(row.version)) },
      ...effects.notes,
    ];
    if (effects.entered) {
      const { count: closedTasks } = await strapi.db.query(UID.task).updateMany({
        where: { instanceId: row.documentId, status: 'open' },
        data: { status: 'done', closedAt: at, closedBy: actor.username },
      });
      if (closedTasks > 0)
        notes.push({
          it: `Attività dello stato precedente chiuse: ${closedTasks}`,
          en: `Tasks of the previous state closed: ${closedTasks}`,
        });
    }
    await strapi.db.query(UID.history).create({
      data: {
        instanceId: row.documentId,
        workflowKey,
        version,
        transition: null,
        fromState: row.state,
        toState: to,
        comment: null,
        notes,
        actorId: actor.id,
        actorUsername: actor.username,
        actorRole: actor.role,
        assigneeRole: effects.assigneeRole,
        assigneeUsername: row.assigneeUsername,
        deadline: effects.deadline,
        at,
      },
      select: ['id'],
    });
    await getService(strapi, 'audit').record(
      {
        kind: 'transition',
        action: 'migrate',
        workflowKey,
        version,
        instanceId: row.documentId,
        subjectType: row.subjectType,
        subjectId: row.subjectId,
        transition: null,
        fromState: row.state,
        toState: to,
        details: {
          fromVersion: row.version,
          notes,
          assigneeRole: effects.assigneeRole,
          assigneeRoleCleared: roleCleared,
          deadline: effects.deadline,
        },
      },
      actor
    );
  }
  return moved;
}
