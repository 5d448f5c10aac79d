import { expressionDepth, listVariables, unknownOperators } from '../../forms/shared';
import { issue } from './issues';
import type { Issue, JsonLogicExpression, ValidationContext } from './types';

/** Deeper expressions are refused (and are unreadable anyway). */
export const MAX_EXPRESSION_DEPTH = 20;

/** What `instance.<name>` may read. */
export const INSTANCE_VARIABLES = ['state', 'assigneeRole', 'deadline', 'startedAt'];

const HINT_IT = 'usare record.<campo>, forms.<modulo>.<campo> o instance.<state|assigneeRole|deadline|startedAt>';
const HINT_EN = 'use record.<field>, forms.<form>.<field> or instance.<state|assigneeRole|deadline|startedAt>';

function variableIssue(path: string, variable: string, context: ValidationContext): Issue | null {
  const [head, name] = variable.split('.');
  if (head === 'record') {
    if (!name)
      return issue(path, `indicare il campo: record.<campo> ("${variable}")`, `name the field: record.<field> ("${variable}")`);
    if (context.attributes && !context.attributes.includes(name)) {
      return issue(path, `il record non ha il campo "${name}"`, `the record has no field "${name}"`);
    }
    return null;
  }
  if (head === 'forms') {
    if (!name)
      return issue(path, `indicare il modulo: forms.<modulo> ("${variable}")`, `name the form: forms.<form> ("${variable}")`);
    if (context.forms && !context.forms.includes(name))
      return issue(path, `modulo sconosciuto "${name}"`, `unknown form "${name}"`);
    return null;
  }
  if (head === 'instance') {
    if (!INSTANCE_VARIABLES.includes(name ?? '')) {
      return issue(path, `variabile sconosciuta "${variable}": ${HINT_IT}`, `unknown variable "${variable}": ${HINT_EN}`);
    }
    return null;
  }
  return issue(path, `variabile sconosciuta "${variable}": ${HINT_IT}`, `unknown variable "${variable}": ${HINT_EN}`);
}

/** Operators, nesting depth and the variables an expression guard reads. */
export function expressionIssues(path: string, expression: JsonLogicExpression, context: ValidationContext): Issue[] {
  const depth = expressionDepth(expression);
  if (depth > MAX_EXPRESSION_DEPTH) {
    return [
      issue(
        path,
        `espressione annidata troppo in profondità (${depth} livelli, al massimo ${MAX_EXPRESSION_DEPTH})`,
        `expression nested too deeply (${depth} levels, at most ${MAX_EXPRESSION_DEPTH})`
      ),
    ];
  }
  if (expression === null || typeof expression !== 'object') {
    return [issue(path, "l'espressione deve essere un'operazione JSON Logic", 'the expression must be a JSON Logic operation')];
  }
  const issues: Issue[] = [];
  for (const operator of new Set(unknownOperators(expression))) {
    issues.push(
      operator.startsWith('{')
        ? issue(
            path,
            `oggetto ${operator} non valido: un'operazione ha una sola chiave`,
            `invalid object ${operator}: an operation has exactly one key`
          )
        : issue(path, `operatore sconosciuto "${operator}"`, `unknown operator "${operator}"`)
    );
  }
  const reported = new Set<string>();
  for (const ref of listVariables(expression)) {
    // Inside map/filter/... names are those of the items being iterated: not checked.
    if (ref.scope.length > 0 || ref.path === '' || reported.has(ref.path)) continue;
    reported.add(ref.path);
    const found = variableIssue(path, ref.path, context);
    if (found) issues.push(found);
  }
  return issues;
}
