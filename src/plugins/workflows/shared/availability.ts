import { transitionsFrom } from './graph';
import { guardReasons, roleReason, type GuardFacts, type Reason, type RoleNames } from './guards';
import type { LocalizedText, WorkflowDefinition } from './types';

/** A transition out of the current state as one caller sees it. */
export interface TransitionOption {
  key: string;
  label: LocalizedText;
  to: string;
  /** The caller may take it now. */
  available: boolean;
  /** Why not (role, then failing guards), empty when available. */
  reasons: Reason[];
  /** The caller must write a comment when taking it. */
  commentRequired: boolean;
}

/** The transitions leaving `state`, each with whether `role` may take it now and why not. */
export function transitionOptions(
  definition: WorkflowDefinition,
  state: string,
  role: string,
  facts: GuardFacts,
  roleNames?: RoleNames
): TransitionOption[] {
  return transitionsFrom(definition, state).map((transition) => {
    const byRole = roleReason(transition, role, roleNames);
    const reasons = [...(byRole ? [byRole] : []), ...guardReasons(transition.guards, facts)];
    return {
      key: transition.key,
      label: transition.label,
      to: transition.to,
      available: reasons.length === 0,
      reasons,
      commentRequired: (transition.actions ?? []).some((action) => action.type === 'comment' && action.required === true),
    };
  });
}
