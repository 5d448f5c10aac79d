import type { JsonLogicExpression } from '@forms-shared';
import type { Action, Guard, LocalizedText, StateKind, WorkflowDefinition } from '../api/types';
import { keyFromLabel } from './keys';

/** A state as the designer's form edits it (the definition's shape, with both deadline kinds always present). */
export interface StateValues {
  key: string;
  label: LocalizedText;
  kind: StateKind;
  colour: string;
  description?: LocalizedText;
  deadline: { workingDays: number | null; days: number | null };
}

/**
 * A guard as the pickers edit it: `form` (a submission of a form about the record), `expression` (field
 * conditions built with the forms designer's condition builder over one form's fields), `fields` (kept as is).
 */
export interface GuardValues {
  type: 'form' | 'expression' | 'fields';
  form?: string;
  /** The form whose fields an expression reads (`forms.<key>.<field>`), for the builder's field list. */
  conditionForm?: string;
  expression?: JsonLogicExpression;
  fields?: string[];
  message?: LocalizedText;
}

/** Who an action addresses, as one picker value: `role:<role>`, `user:actor`, `user:assignee`, `user:starter`, `user:<name>`. */
export type RecipientValue = string;

/** An action as the pickers edit it. */
export interface ActionValues {
  type: 'assign' | 'task' | 'deadline' | 'notify' | 'comment';
  recipient?: RecipientValue;
  title?: LocalizedText;
  dueInWorkingDays?: number | null;
  /** Deadline: how many days, counted as `unit`; or `clear`. */
  amount?: number | null;
  unit?: 'workingDays' | 'days';
  clear?: boolean;
  message?: LocalizedText;
  text?: LocalizedText;
}

/** A transition as the form edits it: `from` always a list; "comment required" as a switch. */
export interface TransitionValues {
  key: string;
  from: string[];
  to: string;
  label: LocalizedText;
  roles: string[];
  commentRequired: boolean;
  guards: GuardValues[];
  actions: ActionValues[];
}

export interface DesignValues {
  start: { roles: string[]; actions: ActionValues[] };
  states: StateValues[];
  transitions: TransitionValues[];
  changeNote: string;
}

/** A problem found before sending: the form field and a message key. */
export type LocalErrors = Record<string, string>;

const FORM_VAR = /^forms\.([a-z][a-zA-Z0-9_-]*)\./;

/** The first form an expression reads (`{"var": "forms.x.field"}`), if any. */
export function formReadBy(node: unknown): string | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = formReadBy(item);
      if (found) return found;
    }
    return undefined;
  }
  if (node && typeof node === 'object') {
    const variable = (node as { var?: unknown }).var;
    if (typeof variable === 'string') return FORM_VAR.exec(variable)?.[1];
    for (const value of Object.values(node)) {
      const found = formReadBy(value);
      if (found) return found;
    }
  }
  return undefined;
}

function toGuardValues(guard: Guard): GuardValues {
  if (guard.type === 'expression') return { ...guard, conditionForm: formReadBy(guard.expression) };
  return { ...guard };
}

function recipientOf(action: { role?: string; user?: string }): RecipientValue | undefined {
  if (action.user) return `user:${action.user}`;
  if (action.role) return `role:${action.role}`;
  return undefined;
}

function toActionValues(action: Action): ActionValues {
  switch (action.type) {
    case 'assign':
      return { type: 'assign', recipient: recipientOf(action) };
    case 'task':
      return {
        type: 'task',
        recipient: recipientOf(action),
        title: { ...action.title },
        dueInWorkingDays: action.dueInWorkingDays ?? null,
      };
    case 'notify':
      return { type: 'notify', recipient: recipientOf(action), message: { ...action.message } };
    case 'deadline':
      return action.clear
        ? { type: 'deadline', clear: true }
        : {
            type: 'deadline',
            amount: action.workingDays ?? action.days ?? null,
            unit: action.days !== undefined ? 'days' : 'workingDays',
          };
    case 'comment':
      return { type: 'comment', ...(action.text ? { text: { ...action.text } } : {}) };
  }
}

/** A label for the form: an English text equal to the Italian one shows empty (it follows the Italian, see `localized`). */
const editable = (label: LocalizedText): LocalizedText => ({ it: label.it, en: label.en === label.it ? '' : label.en });

/** The form's values for a definition. */
export function toFormValues(definition: WorkflowDefinition, changeNote = ''): DesignValues {
  return {
    start: { roles: [...definition.start.roles], actions: (definition.start.actions ?? []).map(toActionValues) },
    states: definition.states.map((state) => ({
      key: state.key,
      label: editable(state.label),
      kind: state.kind,
      colour: state.colour,
      ...(state.description ? { description: { ...state.description } } : {}),
      deadline: { workingDays: state.deadline?.workingDays ?? null, days: state.deadline?.days ?? null },
    })),
    transitions: definition.transitions.map((transition) => {
      const actions = transition.actions ?? [];
      const requiresComment = (action: Action) => action.type === 'comment' && action.required === true && !action.text;
      return {
        key: transition.key,
        from: Array.isArray(transition.from) ? [...transition.from] : [transition.from],
        to: transition.to,
        label: editable(transition.label),
        roles: [...transition.roles],
        commentRequired: actions.some((action) => action.type === 'comment' && action.required === true),
        guards: (transition.guards ?? []).map(toGuardValues),
        actions: actions
          .filter((action) => !requiresComment(action))
          .map((action) =>
            action.type === 'comment' && action.required
              ? { type: 'comment' as const, text: action.text }
              : toActionValues(action)
          ),
      };
    }),
    changeNote,
  };
}

/** A new state: normal, grey, no deadline. */
export const blankState = (): StateValues => ({
  key: '',
  label: { it: '', en: '' },
  kind: 'normal',
  colour: '#607d8b',
  deadline: { workingDays: null, days: null },
});

const number = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
/** Both languages; an English text left empty takes the Italian one (English is optional in the designer). */
const localized = (value: Partial<LocalizedText> | undefined): LocalizedText => ({
  it: text(value?.it),
  en: text(value?.en) || text(value?.it),
});
const localizedOr = (value: Partial<LocalizedText> | undefined, fallback: LocalizedText): LocalizedText => {
  const given = localized(value);
  return given.it ? given : fallback;
};

function recipient(value: RecipientValue | undefined): { role?: string; user?: string } {
  if (!value) return {};
  const [kind, ...rest] = value.split(':');
  const name = rest.join(':');
  return kind === 'role' ? { role: name } : kind === 'user' ? { user: name } : {};
}

const CONDITION_MESSAGE: LocalizedText = {
  it: 'Le condizioni del passaggio non sono soddisfatte',
  en: 'The conditions of this step are not met',
};
const TASK_TITLE: LocalizedText = { it: 'Attività', en: 'Task' };
const NOTICE: LocalizedText = { it: 'Una pratica richiede attenzione', en: 'A record needs attention' };

function toGuard(guard: GuardValues): Guard | null {
  const message = guard.message && text(guard.message.it) ? { message: localized(guard.message) } : {};
  switch (guard.type) {
    case 'form':
      return { type: 'form', form: guard.form ?? '', ...message };
    case 'fields':
      return { type: 'fields', fields: guard.fields ?? [], ...message };
    case 'expression':
      return guard.expression === undefined
        ? null
        : { type: 'expression', expression: guard.expression, message: localizedOr(guard.message, CONDITION_MESSAGE) };
    default:
      return null;
  }
}

function toAction(action: ActionValues): Action | null {
  const to = recipient(action.recipient);
  switch (action.type) {
    case 'assign':
      return { type: 'assign', ...to };
    case 'task': {
      const due = number(action.dueInWorkingDays);
      return {
        type: 'task',
        ...to,
        title: localizedOr(action.title, TASK_TITLE),
        ...(due !== undefined ? { dueInWorkingDays: due } : {}),
      };
    }
    case 'notify':
      return { type: 'notify', ...to, message: localizedOr(action.message, NOTICE) };
    case 'deadline': {
      if (action.clear) return { type: 'deadline', clear: true };
      const amount = number(action.amount);
      return { type: 'deadline', ...(amount !== undefined ? { [action.unit === 'days' ? 'days' : 'workingDays']: amount } : {}) };
    }
    case 'comment':
      return action.text && text(action.text.it) ? { type: 'comment', text: localized(action.text) } : null;
    default:
      return null;
  }
}

const defined = <T>(items: (T | null)[]): T[] => items.filter((item): item is T => item !== null);

/**
 * The definition the form describes, as the server expects it: keys missing are derived from the Italian
 * labels, English labels left empty take the Italian ones. Everything else is left for the server to judge.
 */
export function toDefinition(values: DesignValues): { definition: WorkflowDefinition; errors: LocalErrors } {
  const errors: LocalErrors = {};
  const stateKeys: string[] = [];
  const states = (values.states ?? []).map((state) => {
    const key = text(state.key) || keyFromLabel(text(state.label?.it), stateKeys);
    stateKeys.push(key);
    const workingDays = number(state.deadline?.workingDays);
    const days = number(state.deadline?.days);
    return {
      key,
      label: localized(state.label),
      kind: state.kind,
      colour: text(state.colour),
      ...(state.description ? { description: state.description } : {}),
      ...(workingDays !== undefined || days !== undefined
        ? { deadline: { ...(workingDays !== undefined ? { workingDays } : {}), ...(days !== undefined ? { days } : {}) } }
        : {}),
    };
  });
  const transitionKeys: string[] = [];
  const startActions = defined((values.start?.actions ?? []).map(toAction));
  const definition: WorkflowDefinition = {
    start: { roles: values.start?.roles ?? [], ...(startActions.length > 0 ? { actions: startActions } : {}) },
    states,
    transitions: (values.transitions ?? []).map((transition) => {
      const key = text(transition.key) || keyFromLabel(text(transition.label?.it), transitionKeys, 'passaggio');
      transitionKeys.push(key);
      const guards = defined((transition.guards ?? []).map(toGuard));
      const actions = defined((transition.actions ?? []).map(toAction));
      if (transition.commentRequired) actions.push({ type: 'comment', required: true });
      const from = (transition.from ?? []).filter(Boolean);
      return {
        key,
        from: from.length === 1 ? from[0] : from,
        to: text(transition.to),
        label: localized(transition.label),
        roles: transition.roles ?? [],
        ...(guards.length > 0 ? { guards } : {}),
        ...(actions.length > 0 ? { actions } : {}),
      };
    }),
  };
  return { definition, errors };
}
