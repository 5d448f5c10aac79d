import { deadlineFrom } from './deadlines';
import { rolesOf, stateOf } from './graph';
import type { WorkflowDefinition } from './types';

/** A running instance as a move onto a new version finds it. */
export interface MigratingInstance {
  state: string;
  assigneeRole: string | null;
  deadline: string | null;
}

/** What moving an instance onto a new version changes besides its version and state. */
export interface MigrationEffects {
  /** The instance enters another state: the open tasks of the old one are closed, as a transition closes them. */
  entered: boolean;
  assigneeRole: string | null;
  deadline: string | null;
  /** What was changed or cleared, in words for the history (empty: nothing but version and state). */
  notes: { it: string; en: string }[];
}

const sameRule = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * An instance moved from `from` (its version) to state `to` of `target` gets what entering that state gives
 * (the state's own deadline, counted from `today`), loses what no longer applies (an assignee role the new
 * version never names) and keeps the rest. Staying in a state whose deadline rule did not change keeps the
 * deadline already running.
 */
export function migrationEffects(
  from: WorkflowDefinition,
  target: WorkflowDefinition,
  instance: MigratingInstance,
  to: string,
  today: string
): MigrationEffects {
  const notes: MigrationEffects['notes'] = [];
  const entered = instance.state !== to;
  const rule = stateOf(target, to)?.deadline;
  const unchanged = !entered && sameRule(stateOf(from, instance.state)?.deadline, rule);
  const deadline = unchanged ? instance.deadline : rule ? deadlineFrom(today, rule) : null;
  if (deadline !== instance.deadline) {
    notes.push(
      deadline
        ? {
            it: `Nuova scadenza: ${deadline.split('-').reverse().join('/')}`,
            en: `New deadline: ${deadline.split('-').reverse().join('/')}`,
          }
        : { it: 'Scadenza tolta: il nuovo stato non ne ha', en: 'Deadline removed: the new state has none' }
    );
  }
  const keepsRole = instance.assigneeRole === null || rolesOf(target).has(instance.assigneeRole);
  if (!keepsRole)
    notes.push({
      it: 'Assegnazione al ruolo tolta: la nuova versione non lo prevede',
      en: 'Role assignment removed: the new version does not name that role',
    });
  return { entered, assigneeRole: keepsRole ? instance.assigneeRole : null, deadline, notes };
}
