import { BODY_TYPES, checkCompositionRules, checkQuorumRule } from '../../shared';
import type { BodyType, CompositionRule, QuorumRule } from '../../shared';
import { FieldChecker } from './fields';

export interface BodyInput {
  code?: string;
  name?: string;
  type?: BodyType;
  description?: string | null;
  area?: string | null;
  services?: string[];
  compositionRules?: CompositionRule[];
  quorumRule?: QuorumRule;
  public?: boolean;
}

const KEYS = ['code', 'name', 'type', 'description', 'area', 'services', 'compositionRules', 'quorumRule', 'public'];
const CODE: [RegExp, string, string] = [/^[a-z0-9][a-z0-9-]*$/, 'minuscole, cifre e trattini', 'lower case, digits and hyphens'];

/** Checks a body's fields; on update only what is given (the code never changes). */
export function checkBodyInput(data: Record<string, unknown>, creating: boolean) {
  const check = new FieldChecker(data).onlyKeys(KEYS);
  const input: BodyInput = {
    code: check.text('code', { required: creating, max: 80, pattern: CODE }) ?? undefined,
    name: check.text('name', { required: creating || check.has('name'), max: 200 }) ?? undefined,
    type: check.oneOf('type', BODY_TYPES, creating || check.has('type')) ?? undefined,
    description: check.text('description', { max: 4000 }),
    area: check.documentId('area'),
    services: check.documentIds('services'),
    public: check.boolean('public'),
  };
  if (!creating && data.code !== undefined) check.add('code', 'il codice non si può cambiare', 'the code cannot change');
  if (data.compositionRules !== undefined) {
    const issues = checkCompositionRules(data.compositionRules);
    for (const issue of issues) check.add(issue.path ? `compositionRules.${issue.path}` : 'compositionRules', issue.it, issue.en);
    if (issues.length === 0) input.compositionRules = data.compositionRules as CompositionRule[];
  }
  if (data.quorumRule !== undefined) {
    const issues = checkQuorumRule(data.quorumRule);
    for (const issue of issues) check.add(issue.path ? `quorumRule.${issue.path}` : 'quorumRule', issue.it, issue.en);
    if (issues.length === 0) input.quorumRule = data.quorumRule as QuorumRule;
  }
  return { input, issues: check.issues };
}
