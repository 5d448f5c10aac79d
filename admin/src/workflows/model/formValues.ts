import type { Action, Guard, LocalizedText, StateKind, WorkflowDefinition } from '../api/types';

/** A state as the designer's form edits it (the definition's shape, with both deadline kinds always present). */
export interface StateValues {
  key: string;
  label: LocalizedText;
  kind: StateKind;
  colour: string;
  description?: LocalizedText;
  deadline: { workingDays: number | null; days: number | null };
}

/** A transition as the form edits it: `from` always a list, guards and actions as JSON text. */
export interface TransitionValues {
  key: string;
  from: string[];
  to: string;
  label: LocalizedText;
  roles: string[];
  guardsText: string;
  actionsText: string;
}

export interface DesignValues {
  start: { roles: string[]; actionsText: string };
  states: StateValues[];
  transitions: TransitionValues[];
  changeNote: string;
}

/** A problem found before sending: the form field and a message key. */
export type LocalErrors = Record<string, string>;

const jsonText = (value: unknown[] | undefined) => (value && value.length > 0 ? JSON.stringify(value) : '');

/** The form's values for a definition. */
export function toFormValues(definition: WorkflowDefinition, changeNote = ''): DesignValues {
  return {
    start: { roles: [...definition.start.roles], actionsText: jsonText(definition.start.actions) },
    states: definition.states.map((state) => ({
      key: state.key,
      label: { ...state.label },
      kind: state.kind,
      colour: state.colour,
      ...(state.description ? { description: { ...state.description } } : {}),
      deadline: { workingDays: state.deadline?.workingDays ?? null, days: state.deadline?.days ?? null },
    })),
    transitions: definition.transitions.map((transition) => ({
      key: transition.key,
      from: Array.isArray(transition.from) ? [...transition.from] : [transition.from],
      to: transition.to,
      label: { ...transition.label },
      roles: [...transition.roles],
      guardsText: jsonText(transition.guards),
      actionsText: jsonText(transition.actions),
    })),
    changeNote,
  };
}

/** A new state: normal, grey, no deadline. */
export const blankState = (): StateValues => ({ key: '', label: { it: '', en: '' }, kind: 'normal', colour: '#607d8b', deadline: { workingDays: null, days: null } });

/** Parses a JSON list field; an empty text is no list. */
function parseList<T>(text: string | undefined, field: string, errors: LocalErrors): T[] | undefined {
  if (!text || !text.trim()) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    if (!Array.isArray(value)) {
      errors[field] = 'workflows.designer.jsonList';
      return undefined;
    }
    return value.length > 0 ? (value as T[]) : undefined;
  } catch {
    errors[field] = 'workflows.designer.jsonInvalid';
    return undefined;
  }
}

const number = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const localized = (value: Partial<LocalizedText> | undefined): LocalizedText => ({ it: text(value?.it), en: text(value?.en) });

/**
 * The definition the form describes, as the server expects it; JSON fields that do not parse are
 * reported (keyed by form field) instead. Everything else is left for the server to judge.
 */
export function toDefinition(values: DesignValues): { definition: WorkflowDefinition; errors: LocalErrors } {
  const errors: LocalErrors = {};
  const startActions = parseList<Action>(values.start?.actionsText, 'start.actionsText', errors);
  const definition: WorkflowDefinition = {
    start: { roles: values.start?.roles ?? [], ...(startActions ? { actions: startActions } : {}) },
    states: (values.states ?? []).map((state) => {
      const workingDays = number(state.deadline?.workingDays);
      const days = number(state.deadline?.days);
      return {
        key: text(state.key),
        label: localized(state.label),
        kind: state.kind,
        colour: text(state.colour),
        ...(state.description ? { description: state.description } : {}),
        ...(workingDays !== undefined || days !== undefined
          ? { deadline: { ...(workingDays !== undefined ? { workingDays } : {}), ...(days !== undefined ? { days } : {}) } }
          : {}),
      };
    }),
    transitions: (values.transitions ?? []).map((transition, index) => {
      const guards = parseList<Guard>(transition.guardsText, `transitions.${index}.guardsText`, errors);
      const actions = parseList<Action>(transition.actionsText, `transitions.${index}.actionsText`, errors);
      const from = (transition.from ?? []).filter(Boolean);
      return {
        key: text(transition.key),
        from: from.length === 1 ? from[0] : from,
        to: text(transition.to),
        label: localized(transition.label),
        roles: transition.roles ?? [],
        ...(guards ? { guards } : {}),
        ...(actions ? { actions } : {}),
      };
    }),
  };
  return { definition, errors };
}
