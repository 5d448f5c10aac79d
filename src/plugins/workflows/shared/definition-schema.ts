import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { issue } from './issues';
import type { Issue } from './types';

/**
 * The JSON Schema of a workflow definition (the structure of `types.ts`): unknown properties refused,
 * guards and actions told apart by `type`. Meaning (known states, reachability, roles, expressions) is
 * checked afterwards by `definition-checks.ts`.
 */

type Schema = Record<string, unknown>;

export const KEY_PATTERN = '^[a-z][a-z0-9-]*$';
export const LIMITS = { states: 50, transitions: 200, guards: 20, actions: 20, roles: 20, fields: 50, days: 365 };

const key: Schema = { type: 'string', pattern: KEY_PATTERN, maxLength: 64 };
const text = (maxLength: number): Schema => ({
  type: 'object',
  additionalProperties: false,
  required: ['it', 'en'],
  properties: { it: { type: 'string', minLength: 1, maxLength }, en: { type: 'string', minLength: 1, maxLength } },
});
const roles: Schema = { type: 'array', maxItems: LIMITS.roles, uniqueItems: true, items: { type: 'string', maxLength: 64 } };
const dayCount: Schema = { type: 'integer', minimum: 1, maximum: LIMITS.days };
const recipient = { role: { type: 'string', maxLength: 64 }, user: { type: 'string', maxLength: 120 } };

const variant = (type: string, properties: Schema, required: string[] = []): Schema => ({
  type: 'object',
  additionalProperties: false,
  required: ['type', ...required],
  properties: { type: { const: type }, ...properties },
});

const guard: Schema = {
  type: 'object',
  discriminator: { propertyName: 'type' },
  oneOf: [
    variant('form', { form: { type: 'string', maxLength: 80 }, message: text(500) }, ['form']),
    variant(
      'fields',
      {
        fields: {
          type: 'array',
          minItems: 1,
          maxItems: LIMITS.fields,
          uniqueItems: true,
          items: { type: 'string', maxLength: 80 },
        },
        message: text(500),
      },
      ['fields']
    ),
    // Any JSON: expressions are checked by walking them (operators, variables, depth).
    variant('expression', { expression: {}, message: text(500) }, ['expression', 'message']),
  ],
};

const action: Schema = {
  type: 'object',
  discriminator: { propertyName: 'type' },
  oneOf: [
    variant('assign', recipient),
    variant('task', { ...recipient, title: text(200), dueInWorkingDays: dayCount }, ['title']),
    variant('deadline', { workingDays: dayCount, days: dayCount, clear: { type: 'boolean' } }),
    variant('comment', { required: { type: 'boolean' }, text: text(1000) }),
    variant('notify', { ...recipient, message: text(500) }, ['message']),
  ],
};

export const definitionSchema: Schema = {
  type: 'object',
  additionalProperties: false,
  required: ['start', 'states', 'transitions'],
  properties: {
    start: {
      type: 'object',
      additionalProperties: false,
      required: ['roles'],
      properties: { roles: { ...roles, minItems: 1 }, actions: { type: 'array', maxItems: LIMITS.actions, items: action } },
    },
    states: {
      type: 'array',
      minItems: 1,
      maxItems: LIMITS.states,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'label', 'kind', 'colour'],
        properties: {
          key,
          label: text(120),
          kind: { enum: ['initial', 'normal', 'final'] },
          colour: { type: 'string', pattern: '^#[0-9a-fA-F]{6}$' },
          description: text(1000),
          deadline: { type: 'object', additionalProperties: false, properties: { workingDays: dayCount, days: dayCount } },
        },
      },
    },
    transitions: {
      type: 'array',
      maxItems: LIMITS.transitions,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'from', 'to', 'label', 'roles'],
        properties: {
          key,
          // A state key or a list of them (keywords below apply to the matching type only).
          from: {
            type: ['string', 'array'],
            pattern: KEY_PATTERN,
            maxLength: 64,
            minItems: 1,
            maxItems: LIMITS.states,
            uniqueItems: true,
            items: key,
          },
          to: key,
          label: text(120),
          roles: { ...roles, minItems: 1 },
          guards: { type: 'array', maxItems: LIMITS.guards, items: guard },
          actions: { type: 'array', maxItems: LIMITS.actions, items: action },
        },
      },
    },
  },
};

const pointerToPath = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
const join = (path: string, name: string) => (path ? `${path}.${name}` : name);

/** One ajv error in the designer's words. */
function word(error: ErrorObject): Issue {
  const path = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return issue(join(path, String(params.missingProperty)), 'proprietà obbligatoria mancante', 'missing required property');
    case 'additionalProperties':
      return issue(join(path, String(params.additionalProperty)), 'proprietà sconosciuta', 'unknown property');
    case 'discriminator':
      return params.error === 'mapping'
        ? issue(join(path, 'type'), `tipo sconosciuto "${String(params.tagValue)}"`, `unknown type "${String(params.tagValue)}"`)
        : issue(join(path, 'type'), 'tipo mancante', 'missing type');
    case 'type':
      return issue(path, `tipo non valido: atteso ${String(params.type)}`, `wrong type: expected ${String(params.type)}`);
    case 'enum':
    case 'const':
      return issue(path, 'valore non tra quelli ammessi', 'not one of the allowed values');
    case 'pattern':
      return issue(
        path,
        `formato non valido (atteso ${String(params.pattern)})`,
        `invalid format (expected ${String(params.pattern)})`
      );
    case 'minLength':
      return issue(path, 'testo obbligatorio', 'text required');
    case 'maxLength':
      return issue(path, `al massimo ${String(params.limit)} caratteri`, `at most ${String(params.limit)} characters`);
    case 'minimum':
      return issue(path, `deve essere almeno ${String(params.limit)}`, `must be at least ${String(params.limit)}`);
    case 'maximum':
      return issue(path, `non può superare ${String(params.limit)}`, `must be at most ${String(params.limit)}`);
    case 'minItems':
      return issue(path, `almeno ${String(params.limit)} elementi`, `at least ${String(params.limit)} items`);
    case 'maxItems':
      return issue(path, `al massimo ${String(params.limit)} elementi`, `at most ${String(params.limit)} items`);
    case 'uniqueItems':
      return issue(path, 'valori ripetuti', 'repeated values');
    default:
      return issue(path, 'valore non valido', error.message ?? 'invalid value');
  }
}

let validator: ValidateFunction | undefined;

/** Structural problems of a definition, one per problem (the `oneOf` wrappers dropped). */
export function structuralIssues(definition: unknown): Issue[] {
  if (!validator) {
    validator = new Ajv({ allErrors: true, strict: true, discriminator: true, allowUnionTypes: true }).compile(definitionSchema);
  }
  if (validator(definition)) return [];
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const error of validator.errors ?? []) {
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf' || error.keyword === 'if') continue;
    const found = word(error);
    if (seen.has(found.message)) continue;
    seen.add(found.message);
    issues.push(found);
  }
  return issues;
}
