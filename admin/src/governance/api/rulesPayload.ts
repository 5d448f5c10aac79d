import { RULE_KEYS } from '../../../../src/plugins/governance/shared/rule-checks';

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Composition rules as the form holds them, as the route takes them: each rule keeps only the properties of
 * its kind (a rule switched from "per tavolo" to "posti" drops its table type), empty bounds are left out.
 */
export function compositionRulesOf(rules: unknown): unknown {
  if (!Array.isArray(rules)) return rules;
  return rules.map((rule: Record<string, unknown> | null) => {
    const keys = RULE_KEYS[String(rule?.kind)] ?? Object.keys(rule ?? {});
    const kept: Record<string, unknown> = {};
    for (const key of keys) if (rule && !isEmpty(rule[key])) kept[key] = rule[key];
    return kept;
  });
}

/** The quorum rule without empty values; "also a majority of members" only counts with population weighting. */
export function quorumRuleOf(rule: unknown): unknown {
  if (!rule || typeof rule !== 'object') return rule;
  const { threshold, weighting, alsoMajorityOfMembers } = rule as Record<string, unknown>;
  return {
    threshold,
    weighting,
    ...(weighting === 'population' ? { alsoMajorityOfMembers: Boolean(alsoMajorityOfMembers) } : {}),
  };
}
