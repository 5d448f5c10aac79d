import { BODY_TYPES, SEATS } from './types';

/** A problem in a rule, with a dotted path inside the rules (`2.min`) and its two texts. */
export interface RuleIssue {
  path: string;
  it: string;
  en: string;
}

const MAX_RULES = 30;
const KINDS = ['seats', 'per-municipality', 'per-table', 'service-providers', 'oversees-services'];
/** The properties each kind of composition rule takes (the console keeps only these when a rule's kind changes). */
export const RULE_KEYS: Record<string, string[]> = {
  seats: ['kind', 'seats', 'min', 'max'],
  'per-municipality': ['kind', 'seats', 'min', 'max'],
  'per-table': ['kind', 'seats', 'tableType', 'min', 'max'],
  'service-providers': ['kind', 'min'],
  'oversees-services': ['kind', 'min'],
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 500;

function checkRule(rule: unknown, at: string): RuleIssue[] {
  if (!isObject(rule)) return [{ path: at, it: 'ogni regola deve essere un oggetto', en: 'each rule must be an object' }];
  if (typeof rule.kind !== 'string' || !KINDS.includes(rule.kind)) {
    return [
      {
        path: `${at}.kind`,
        it: `tipo di regola sconosciuto (ammessi: ${KINDS.join(', ')})`,
        en: `unknown rule kind (allowed: ${KINDS.join(', ')})`,
      },
    ];
  }
  const issues: RuleIssue[] = Object.keys(rule)
    .filter((key) => !RULE_KEYS[rule.kind as string].includes(key))
    .map((key) => ({
      path: `${at}.${key}`,
      it: 'proprietà non prevista per questa regola',
      en: 'property not allowed in this rule',
    }));
  if (RULE_KEYS[rule.kind].includes('seats')) {
    const seats = rule.seats;
    if (
      !Array.isArray(seats) ||
      seats.length === 0 ||
      seats.some((s) => typeof s !== 'string' || !(SEATS as readonly string[]).includes(s))
    ) {
      issues.push({
        path: `${at}.seats`,
        it: `elenco di posti tra ${SEATS.join(', ')}`,
        en: `list of seats among ${SEATS.join(', ')}`,
      });
    }
  }
  if (
    rule.kind === 'per-table' &&
    (typeof rule.tableType !== 'string' || !(BODY_TYPES as readonly string[]).includes(rule.tableType))
  ) {
    issues.push({
      path: `${at}.tableType`,
      it: `tipo di organismo tra ${BODY_TYPES.join(', ')}`,
      en: `body type among ${BODY_TYPES.join(', ')}`,
    });
  }
  for (const bound of ['min', 'max']) {
    if (rule[bound] !== undefined && !isCount(rule[bound])) {
      issues.push({ path: `${at}.${bound}`, it: 'numero intero tra 0 e 500', en: 'whole number between 0 and 500' });
    }
  }
  if (rule.kind === 'oversees-services' && rule.min === undefined)
    issues.push({ path: `${at}.min`, it: 'obbligatorio', en: 'required' });
  if (['seats', 'per-municipality', 'per-table'].includes(rule.kind) && rule.min === undefined && rule.max === undefined) {
    issues.push({ path: `${at}.min`, it: 'indicare min, max o entrambi', en: 'give min, max or both' });
  }
  if (isCount(rule.min) && isCount(rule.max) && (rule.min as number) > (rule.max as number)) {
    issues.push({ path: `${at}.max`, it: 'max non può essere minore di min', en: 'max cannot be less than min' });
  }
  return issues;
}

/** Checks a body's composition rules as data: the shape of each rule, known seats and body types, sane bounds. */
export function checkCompositionRules(rules: unknown): RuleIssue[] {
  if (!Array.isArray(rules)) return [{ path: '', it: 'deve essere un elenco di regole', en: 'must be a list of rules' }];
  if (rules.length > MAX_RULES) return [{ path: '', it: `al massimo ${MAX_RULES} regole`, en: `at most ${MAX_RULES} rules` }];
  return rules.flatMap((rule, index) => checkRule(rule, String(index)));
}

/** Checks a quorum rule: `{ threshold: 'majority' | (0, 1], weighting: 'per-member' | 'population', alsoMajorityOfMembers? }`. */
export function checkQuorumRule(rule: unknown): RuleIssue[] {
  if (!isObject(rule))
    return [
      { path: '', it: 'deve essere un oggetto { threshold, weighting }', en: 'must be an object { threshold, weighting }' },
    ];
  const issues: RuleIssue[] = Object.keys(rule)
    .filter((key) => !['threshold', 'weighting', 'alsoMajorityOfMembers'].includes(key))
    .map((key) => ({ path: key, it: 'proprietà non prevista', en: 'property not allowed' }));
  const { threshold, weighting, alsoMajorityOfMembers } = rule;
  const fraction = typeof threshold === 'number' && Number.isFinite(threshold) && threshold > 0 && threshold <= 1;
  if (threshold !== 'majority' && !fraction) {
    issues.push({
      path: 'threshold',
      it: '"majority" oppure una frazione tra 0 (escluso) e 1',
      en: '"majority" or a fraction above 0 and at most 1',
    });
  }
  if (weighting !== 'per-member' && weighting !== 'population') {
    issues.push({ path: 'weighting', it: '"per-member" oppure "population"', en: '"per-member" or "population"' });
  }
  if (alsoMajorityOfMembers !== undefined && typeof alsoMajorityOfMembers !== 'boolean') {
    issues.push({ path: 'alsoMajorityOfMembers', it: 'vero o falso', en: 'true or false' });
  }
  return issues;
}
