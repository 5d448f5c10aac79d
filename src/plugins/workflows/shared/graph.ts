import type { StateDefinition, TransitionDefinition, WorkflowDefinition } from './types';

/** The states a transition leaves, as a list. */
export function fromStates(transition: Pick<TransitionDefinition, 'from'>): string[] {
  const { from } = transition;
  if (Array.isArray(from)) return from.filter((key): key is string => typeof key === 'string');
  return typeof from === 'string' ? [from] : [];
}

/** The transitions that leave `state`, in definition order. */
export function transitionsFrom(definition: WorkflowDefinition, state: string): TransitionDefinition[] {
  return definition.transitions.filter((transition) => fromStates(transition).includes(state));
}

export function stateOf(definition: WorkflowDefinition, key: string): StateDefinition | undefined {
  return definition.states.find((state) => state.key === key);
}

export function initialState(definition: WorkflowDefinition): StateDefinition | undefined {
  return definition.states.find((state) => state.kind === 'initial');
}

/** Keys of the states reachable from `start` by following transitions. */
export function reachableStates(definition: WorkflowDefinition, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    for (const transition of transitionsFrom(definition, current)) {
      if (!seen.has(transition.to)) {
        seen.add(transition.to);
        queue.push(transition.to);
      }
    }
  }
  return seen;
}

/** Every role a definition names: who may start, take a transition, or be assigned, tasked or notified. */
export function rolesOf(definition: WorkflowDefinition): Set<string> {
  const roles = new Set<string>(definition.start?.roles ?? []);
  const actions = [...(definition.start?.actions ?? []), ...definition.transitions.flatMap((t) => t.actions ?? [])];
  for (const transition of definition.transitions) transition.roles.forEach((role) => roles.add(role));
  for (const action of actions) if ('role' in action && typeof action.role === 'string') roles.add(action.role);
  return roles;
}
