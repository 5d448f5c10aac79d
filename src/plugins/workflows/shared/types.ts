import type { JsonLogicExpression } from '../../forms/shared';

/**
 * A workflow definition as the Ufficio di Piano writes it: the states a record goes through and the
 * transitions between them. One version of it is stored per workflow version; a published version never
 * changes and the instances started on it keep it until they end.
 */

/** A text in Italian and English. */
export interface LocalizedText {
  it: string;
  en: string;
}

/** How long a record may stay in a state (or until a `deadline` action's date): exactly one of the two. */
export interface DeadlineRule {
  /** Working days: Saturdays, Sundays and Italian public holidays are not counted. */
  workingDays?: number;
  /** Calendar days. */
  days?: number;
}

export type StateKind = 'initial' | 'normal' | 'final';

export interface StateDefinition {
  /** Stable key (`assessment`), used in transitions and in the API. */
  key: string;
  label: LocalizedText;
  /** Exactly one `initial` state; `final` states end the instance. */
  kind: StateKind;
  /** `#rrggbb`, for the console. */
  colour: string;
  description?: LocalizedText;
  /** Set on the instance when it enters the state (a transition's `deadline` action overrides it). */
  deadline?: DeadlineRule;
}

/**
 * Who an action addresses. `user` is `actor` (who takes the transition), `starter` (who started the
 * instance), `assignee` (the instance's assigned user after the transition) or a username.
 */
export interface Recipient {
  role?: string;
  user?: string;
}

/** A submission of form `form` whose subject is the instance's record must exist. */
export interface FormGuard {
  type: 'form';
  form: string;
  message?: LocalizedText;
}

/** These fields of the subject record must be filled (not empty text, not an empty list). */
export interface FieldsGuard {
  type: 'fields';
  fields: string[];
  message?: LocalizedText;
}

/**
 * A JSON Logic expression (the forms engine's dialect) that must be true. It reads `record.<field>`
 * (the subject record), `forms.<form key>.<field>` (the latest submission of that form about the record)
 * and `instance.state`, `instance.assigneeRole`, `instance.deadline`. `message` says what is missing.
 */
export interface ExpressionGuard {
  type: 'expression';
  expression: JsonLogicExpression;
  message: LocalizedText;
}

export type Guard = FormGuard | FieldsGuard | ExpressionGuard;

/** Assigns the record to a role and/or a user. */
export interface AssignAction extends Recipient {
  type: 'assign';
}

/** Creates a task, by default for the assignee; it closes when the record leaves the state it was created in. */
export interface TaskAction extends Recipient {
  type: 'task';
  title: LocalizedText;
  dueInWorkingDays?: number;
}

/** Sets the instance's deadline (instead of the target state's own), or clears it. */
export interface DeadlineAction extends DeadlineRule {
  type: 'deadline';
  clear?: boolean;
}

/** `required`: the caller must write a comment; `text`: a note recorded in the history. */
export interface CommentAction {
  type: 'comment';
  required?: boolean;
  text?: LocalizedText;
}

/** A notification in the console, by default for the assignee. */
export interface NotifyAction extends Recipient {
  type: 'notify';
  message: LocalizedText;
}

export type Action = AssignAction | TaskAction | DeadlineAction | CommentAction | NotifyAction;

export interface TransitionDefinition {
  key: string;
  /** The state(s) it leaves. */
  from: string | string[];
  to: string;
  label: LocalizedText;
  /** Roles (users-permissions role types) that may take it. */
  roles: string[];
  guards?: Guard[];
  actions?: Action[];
}

/** Who may start an instance, and what happens when one starts (as if entering the initial state). */
export interface StartDefinition {
  roles: string[];
  actions?: Action[];
}

export interface WorkflowDefinition {
  start: StartDefinition;
  states: StateDefinition[];
  transitions: TransitionDefinition[];
}

/** A problem in a definition or a request, with where it is, in Italian and English. */
export interface Issue {
  /** Dotted path, e.g. `transitions.2.to`. */
  path: string;
  it: string;
  en: string;
  message: string;
}

/** What the server knows when it validates a definition; unknown parts are not checked. */
export interface ValidationContext {
  /** Role types that exist. */
  roles: string[];
  /** Attributes of the content type the workflow applies to (when that type exists). */
  attributes?: string[];
  /** Keys of the forms of the forms engine. */
  forms?: string[];
  /** Usernames referenced by actions that exist. */
  users?: string[];
}

export type { JsonLogicExpression };
