import { addWorkingDays, deadlineFrom } from './deadlines';
import { stateOf } from './graph';
import type { Action, LocalizedText, Recipient, WorkflowDefinition } from './types';

/** A user as actions see one. */
export interface Person {
  id: number;
  username: string;
}

/** What planning a move needs to know; the server loads it, the planner stays pure. */
export interface EffectContext {
  /** Today in Italy, `YYYY-MM-DD`. */
  today: string;
  actor: Person & { role: string };
  /** Who started the instance (null while starting: the actor). */
  starter: Person | null;
  /** The instance before the move (state null when starting). */
  current: { state: string | null; assigneeRole: string | null; assignee: Person | null; deadline: string | null };
  /** Users named by username in the actions, found in the database. */
  users: Record<string, Person>;
}

export interface PlannedTask {
  title: LocalizedText;
  role: string | null;
  user: Person | null;
  dueDate: string | null;
}

export interface PlannedNotification {
  message: LocalizedText;
  role: string | null;
  user: Person | null;
}

/** Everything a move changes, computed before anything is written. */
export interface Effects {
  state: string;
  /** The instance enters a new state (not a transition back into the same one). */
  entered: boolean;
  /** The new state is final: the instance ends. */
  final: boolean;
  assigneeRole: string | null;
  assignee: Person | null;
  deadline: string | null;
  tasks: PlannedTask[];
  notifications: PlannedNotification[];
  /** Notes of `comment` actions, recorded in the history. */
  notes: LocalizedText[];
  /** A `comment` action demands the caller's comment. */
  commentRequired: boolean;
}

/** A move: a transition (or the start, from null) to a state with its actions. */
export interface Move {
  from: string | null;
  to: string;
  actions?: Action[];
}

function person(user: string | undefined, context: EffectContext, assignee: Person | null): Person | null {
  if (user === undefined) return null;
  if (user === 'actor') return { id: context.actor.id, username: context.actor.username };
  if (user === 'starter') return context.starter ?? { id: context.actor.id, username: context.actor.username };
  if (user === 'assignee') return assignee;
  return context.users[user] ?? null;
}

/** Who a task or notification goes to: as given, else the assignee, else the actor. */
function recipient(action: Recipient, context: EffectContext, role: string | null, assignee: Person | null) {
  if (action.role !== undefined || action.user !== undefined) {
    return { role: action.role ?? null, user: person(action.user, context, assignee) };
  }
  if (role !== null || assignee !== null) return { role, user: assignee };
  return { role: null, user: { id: context.actor.id, username: context.actor.username } };
}

/**
 * The effects of a move, in the order its actions are written: assignments first change who later
 * actions address by default; a state's own deadline applies when the instance enters it, a `deadline`
 * action replaces it; staying in the same state keeps the current deadline.
 */
export function planEffects(definition: WorkflowDefinition, move: Move, context: EffectContext): Effects {
  const target = stateOf(definition, move.to);
  const entered = move.from !== move.to;
  let deadline = context.current.deadline;
  if (entered) deadline = target?.deadline ? deadlineFrom(context.today, target.deadline) : null;
  let assigneeRole = context.current.assigneeRole;
  let assignee = context.current.assignee;
  const effects: Effects = {
    state: move.to,
    entered,
    final: target?.kind === 'final',
    assigneeRole,
    assignee,
    deadline,
    tasks: [],
    notifications: [],
    notes: [],
    commentRequired: false,
  };
  for (const action of move.actions ?? []) {
    switch (action.type) {
      case 'assign':
        if (action.role !== undefined) {
          assigneeRole = action.role;
          assignee = null;
        }
        if (action.user !== undefined) assignee = person(action.user, context, assignee);
        break;
      case 'deadline':
        deadline = action.clear ? null : deadlineFrom(context.today, action);
        break;
      case 'task': {
        const to = recipient(action, context, assigneeRole, assignee);
        const dueDate = action.dueInWorkingDays ? addWorkingDays(context.today, action.dueInWorkingDays) : deadline;
        effects.tasks.push({ title: action.title, ...to, dueDate });
        break;
      }
      case 'notify':
        effects.notifications.push({ message: action.message, ...recipient(action, context, assigneeRole, assignee) });
        break;
      case 'comment':
        if (action.required) effects.commentRequired = true;
        if (action.text) effects.notes.push(action.text);
        break;
    }
  }
  // A final state ends the instance: no deadline any more.
  return { ...effects, assigneeRole, assignee, deadline: effects.final ? null : deadline };
}
