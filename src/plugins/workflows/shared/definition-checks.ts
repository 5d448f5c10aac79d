import { expressionIssues } from './expression-checks';
import { fromStates, reachableStates } from './graph';
import { issue } from './issues';
import type { Action, Guard, Issue, ValidationContext, WorkflowDefinition } from './types';

/** Users an action may name besides a username. */
export const USER_KEYWORDS = ['actor', 'starter', 'assignee'];

function duplicates(keys: string[], path: (index: number) => string, what: [string, string]): Issue[] {
  const seen = new Set<string>();
  return keys.flatMap((key, index) => {
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    return [issue(path(index), `${what[0]} duplicata "${key}"`, `duplicate ${what[1]} "${key}"`)];
  });
}

function roleIssues(path: string, roles: string[], context: ValidationContext): Issue[] {
  return roles.flatMap((role, index) =>
    context.roles.includes(role)
      ? []
      : [
          issue(
            `${path}.${index}`,
            `ruolo sconosciuto "${role}" (ruoli: ${context.roles.join(', ')})`,
            `unknown role "${role}" (roles: ${context.roles.join(', ')})`
          ),
        ]
  );
}

function stateIssues(definition: WorkflowDefinition): Issue[] {
  const { states } = definition;
  const issues = duplicates(
    states.map((s) => s.key),
    (i) => `states.${i}.key`,
    ['chiave di stato', 'state key']
  );
  const initial = states.filter((s) => s.kind === 'initial');
  if (initial.length !== 1) {
    issues.push(
      issue(
        'states',
        `serve esattamente uno stato iniziale (trovati ${initial.length})`,
        `exactly one initial state is needed (found ${initial.length})`
      )
    );
  }
  if (!states.some((s) => s.kind === 'final'))
    issues.push(issue('states', 'serve almeno uno stato finale', 'at least one final state is needed'));
  states.forEach((state, i) => {
    if (state.deadline && (state.deadline.workingDays === undefined) === (state.deadline.days === undefined)) {
      issues.push(issue(`states.${i}.deadline`, 'indicare workingDays oppure days', 'give either workingDays or days'));
    }
    if (state.deadline && state.kind === 'final') {
      issues.push(issue(`states.${i}.deadline`, 'uno stato finale non ha scadenza', 'a final state has no deadline'));
    }
  });
  return issues;
}

function graphIssues(definition: WorkflowDefinition): Issue[] {
  const kinds = new Map(definition.states.map((s) => [s.key, s.kind]));
  const labels = new Map(definition.states.map((s) => [s.key, s.label ?? { it: s.key, en: s.key }]));
  const issues: Issue[] = [];
  definition.transitions.forEach((transition, i) => {
    const from = fromStates(transition);
    from.forEach((key, j) => {
      const path = Array.isArray(transition.from) ? `transitions.${i}.from.${j}` : `transitions.${i}.from`;
      if (!kinds.has(key))
        issues.push(
          issue(
            path,
            'lo stato di partenza non è tra gli stati del flusso',
            'the state it leaves is not one of the workflow’s states'
          )
        );
      else if (kinds.get(key) === 'final')
        issues.push(
          issue(
            path,
            `«${labels.get(key)?.it}» è uno stato finale: non ha passaggi in uscita`,
            `"${labels.get(key)?.en}" is a final state: it has no way out`
          )
        );
    });
    if (!kinds.has(transition.to))
      issues.push(
        issue(
          `transitions.${i}.to`,
          'lo stato di arrivo non è tra gli stati del flusso',
          'the state it reaches is not one of the workflow’s states'
        )
      );
  });
  const initial = definition.states.filter((s) => s.kind === 'initial');
  if (initial.length === 1) {
    const reachable = reachableStates(definition, initial[0].key);
    definition.states.forEach((state, i) => {
      if (!reachable.has(state.key)) {
        issues.push(
          issue(
            `states.${i}`,
            `stato «${state.label?.it}» irraggiungibile dallo stato iniziale`,
            `state "${state.label?.en}" cannot be reached from the initial state`
          )
        );
      }
    });
  }
  const leaving = new Set(definition.transitions.flatMap((t) => fromStates(t)));
  definition.states.forEach((state, i) => {
    if (state.kind !== 'final' && !leaving.has(state.key)) {
      issues.push(
        issue(
          `states.${i}`,
          `lo stato «${state.label?.it}» non è finale ma non ha passaggi in uscita`,
          `the state "${state.label?.en}" is not final but has no way out`
        )
      );
    }
  });
  return issues;
}

function guardIssues(path: string, guard: Guard, context: ValidationContext): Issue[] {
  if (guard.type === 'form') {
    if (context.forms && !context.forms.includes(guard.form))
      return [issue(`${path}.form`, `modulo sconosciuto "${guard.form}"`, `unknown form "${guard.form}"`)];
    return [];
  }
  if (guard.type === 'fields') {
    const known = context.attributes;
    if (!known) return [];
    return guard.fields.flatMap((field, k) =>
      known.includes(field)
        ? []
        : [issue(`${path}.fields.${k}`, `il record non ha il campo "${field}"`, `the record has no field "${field}"`)]
    );
  }
  return expressionIssues(`${path}.expression`, guard.expression, context);
}

function actionIssues(path: string, action: Action, context: ValidationContext): Issue[] {
  const issues: Issue[] = [];
  if ('role' in action && typeof action.role === 'string' && !context.roles.includes(action.role)) {
    issues.push(issue(`${path}.role`, `ruolo sconosciuto "${action.role}"`, `unknown role "${action.role}"`));
  }
  if ('user' in action && typeof action.user === 'string' && !USER_KEYWORDS.includes(action.user)) {
    if (context.users && !context.users.includes(action.user)) {
      issues.push(issue(`${path}.user`, `utente sconosciuto "${action.user}"`, `unknown user "${action.user}"`));
    }
  }
  if (action.type === 'assign' && action.role === undefined && action.user === undefined) {
    issues.push(
      issue(path, 'indicare il ruolo (role) o l’utente (user) a cui assegnare', 'give the role or the user to assign to')
    );
  }
  if (action.type === 'assign' && action.user === 'assignee') {
    issues.push(issue(`${path}.user`, 'assegnare a "assignee" non cambia nulla', 'assigning to "assignee" changes nothing'));
  }
  if (action.type === 'deadline') {
    const given = [action.workingDays, action.days, action.clear ? true : undefined].filter((v) => v !== undefined).length;
    if (given !== 1) issues.push(issue(path, 'indicare workingDays, days oppure clear', 'give workingDays, days or clear'));
  }
  if (action.type === 'comment' && !action.required && !action.text) {
    issues.push(issue(path, 'indicare required oppure text', 'give required or text'));
  }
  return issues;
}

/** Semantic checks of a structurally valid definition. */
export function definitionChecks(definition: WorkflowDefinition, context: ValidationContext): Issue[] {
  const issues = [...stateIssues(definition), ...graphIssues(definition)];
  issues.push(
    ...duplicates(
      definition.transitions.map((t) => t.key),
      (i) => `transitions.${i}.key`,
      ['chiave di passaggio', 'transition key']
    )
  );
  issues.push(...roleIssues('start.roles', definition.start.roles, context));
  (definition.start.actions ?? []).forEach((action, j) => issues.push(...actionIssues(`start.actions.${j}`, action, context)));
  definition.transitions.forEach((transition, i) => {
    issues.push(...roleIssues(`transitions.${i}.roles`, transition.roles, context));
    (transition.guards ?? []).forEach((guard, j) => issues.push(...guardIssues(`transitions.${i}.guards.${j}`, guard, context)));
    (transition.actions ?? []).forEach((action, j) =>
      issues.push(...actionIssues(`transitions.${i}.actions.${j}`, action, context))
    );
  });
  return issues;
}
