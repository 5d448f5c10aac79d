import { definitionChecks, USER_KEYWORDS } from './definition-checks';
import { structuralIssues } from './definition-schema';
import { issue } from './issues';
import type { Issue, ValidationContext, WorkflowDefinition } from './types';

/** No legitimate definition nests JSON this deep; checked before anything recurses into it. */
export const MAX_JSON_DEPTH = 60;

function tooDeep(value: unknown, limit: number): boolean {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (node === null || typeof node !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node as Record<string, unknown>)) stack.push({ node: child, depth: depth + 1 });
  }
  return false;
}

/**
 * Checks a definition before it is saved: every problem with where it is (`transitions.2.to`) and what
 * it is, in Italian and English; empty when valid. First the structure, then (when that holds) the
 * meaning: duplicate keys, one initial state, unknown or unreachable states, dead ends, unknown roles,
 * forms and fields, bad expressions.
 */
export function validateDefinition(definition: unknown, context: ValidationContext): Issue[] {
  if (tooDeep(definition, MAX_JSON_DEPTH)) {
    return [
      issue('', `definizione annidata oltre ${MAX_JSON_DEPTH} livelli`, `definition nested deeper than ${MAX_JSON_DEPTH} levels`),
    ];
  }
  const structural = structuralIssues(definition);
  if (structural.length > 0) return structural;
  return definitionChecks(definition as WorkflowDefinition, context);
}

/** Usernames named by actions (not `actor`, `starter`, `assignee`): the server checks they exist. */
export function referencedUsers(definition: unknown): string[] {
  const def = definition as Partial<WorkflowDefinition> | null;
  if (!def || typeof def !== 'object') return [];
  const actions = [
    ...(Array.isArray(def.start?.actions) ? def.start.actions : []),
    ...(Array.isArray(def.transitions) ? def.transitions.flatMap((t) => (Array.isArray(t?.actions) ? t.actions : [])) : []),
  ];
  const names = actions
    .map((action) => (action && typeof action === 'object' && 'user' in action ? action.user : undefined))
    .filter((user): user is string => typeof user === 'string' && !USER_KEYWORDS.includes(user));
  return [...new Set(names)];
}
