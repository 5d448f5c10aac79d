import type { CrossFieldRule, FormDefinition, LocalizedText } from '@forms-shared';
import { topLevelKeys } from './definitionOps';
import { uniqueKey } from './uniqueKey';

/**
 * Editing the cross-field rules of a definition (e.g. "end date after start date"): pure functions
 * returning a new definition. A definition without rules has no `rules` key at all.
 */

const withRules = (definition: FormDefinition, rules: CrossFieldRule[]): FormDefinition => {
  const { rules: _previous, ...rest } = definition;
  return rules.length > 0 ? { ...rest, rules } : rest;
};

/**
 * Appends a rule that holds until edited (assert `true`), shown on the first top-level field; null
 * when the form has no field yet (a rule needs one to show its message on).
 */
export function addRule(definition: FormDefinition, message: LocalizedText): FormDefinition | null {
  const first = topLevelKeys(definition)[0];
  if (first === undefined) return null;
  const rules = definition.rules ?? [];
  const key = uniqueKey(
    `rule_${rules.length + 1}`,
    rules.map((rule) => rule.key)
  );
  return withRules(definition, [...rules, { key, assert: true, message, paths: [first] }]);
}

/** The rule at `index` replaced by `update(rule)`. */
export function updateRule(
  definition: FormDefinition,
  index: number,
  update: (rule: CrossFieldRule) => CrossFieldRule
): FormDefinition {
  return withRules(
    definition,
    (definition.rules ?? []).map((rule, at) => (at === index ? update(rule) : rule))
  );
}

/** Without the rule at `index`. */
export function removeRule(definition: FormDefinition, index: number): FormDefinition {
  return withRules(
    definition,
    (definition.rules ?? []).filter((_, at) => at !== index)
  );
}

/** The issues about the rule at `index` (`rules.2.assert`, or the server's `definition.rules.2.assert`), by property. */
export function ruleIssues(issues: { path: string; text: string }[], index: number): { property: string; text: string }[] {
  const prefix = `rules.${index}`;
  return issues.flatMap((issue) => {
    const path = issue.path.replace(/^definition\./, '');
    if (path !== prefix && !path.startsWith(`${prefix}.`)) return [];
    return [{ property: path.slice(prefix.length + 1), text: issue.text }];
  });
}
