import type { DesignValues, GuardValues } from './formValues';

/** Replaces `from` by `to` in a JSON Logic tree's `{"var": "instance.state"}` comparisons (string values equal to the key). */
function renameInExpression(node: unknown, from: string, to: string): unknown {
  if (Array.isArray(node)) return node.map((item) => renameInExpression(item, from, to));
  if (node && typeof node === 'object') {
    const entries = Object.entries(node as Record<string, unknown>);
    const readsState = entries.some(
      ([, args]) =>
        Array.isArray(args) &&
        args.some((arg) => arg && typeof arg === 'object' && (arg as { var?: unknown }).var === 'instance.state')
    );
    return Object.fromEntries(
      entries.map(([op, args]) => [
        op,
        readsState && Array.isArray(args) ? args.map((arg) => (arg === from ? to : arg)) : renameInExpression(args, from, to),
      ])
    );
  }
  return node;
}

const renameGuard = (guard: GuardValues, from: string, to: string): GuardValues =>
  guard.type === 'expression' && guard.expression !== undefined
    ? { ...guard, expression: renameInExpression(guard.expression, from, to) as GuardValues['expression'] }
    : guard;

/**
 * The draft with state `from` renamed `to` everywhere it is named: the state itself, every transition's
 * "from" and "to", expressions comparing `instance.state`. Nothing is left pointing at the old key.
 */
export function renameState(values: DesignValues, from: string, to: string): DesignValues {
  if (from === to || !from) return values;
  const swap = (key: string) => (key === from ? to : key);
  return {
    ...values,
    states: values.states.map((state) => (state.key === from ? { ...state, key: to } : state)),
    transitions: values.transitions.map((transition) => ({
      ...transition,
      from: (transition.from ?? []).map(swap),
      to: swap(transition.to),
      guards: (transition.guards ?? []).map((guard) => renameGuard(guard, from, to)),
    })),
  };
}

/** The form paths to set so that the draft in `values` has state `from` renamed `to` (leaf paths: inputs keep their focus). */
export function renameStateUpdates(values: DesignValues, from: string, to: string): [string, unknown][] {
  const renamed = renameState(values, from, to);
  const updates: [string, unknown][] = [];
  renamed.states.forEach((state, index) => {
    if (state.key !== values.states[index]?.key) updates.push([`states.${index}.key`, state.key]);
  });
  renamed.transitions.forEach((transition, index) => {
    const before = values.transitions[index];
    if (JSON.stringify(transition.from) !== JSON.stringify(before?.from ?? []))
      updates.push([`transitions.${index}.from`, transition.from]);
    if (transition.to !== before?.to) updates.push([`transitions.${index}.to`, transition.to]);
    (transition.guards ?? []).forEach((guard, at) => {
      if (JSON.stringify(guard) !== JSON.stringify(before?.guards?.[at]))
        updates.push([`transitions.${index}.guards.${at}.expression`, guard.expression]);
    });
  });
  return updates;
}
