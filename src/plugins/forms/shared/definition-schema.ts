import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { addAmbitoFormats } from './formats';
import { issuesFromAjv } from './issues';
import type { FieldIssue, FieldType } from './types';

/**
 * The JSON Schema of a form definition itself: the structure of `types.ts`, unknown properties refused,
 * fields told apart by `type` (an unknown type is one clear error, not one per branch).
 */

type Schema = Record<string, unknown>;

export const KEY_PATTERN = '^[a-z][a-zA-Z0-9_]*$';
const OPTION_CODE_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_-]*$';
const MIME_PATTERN = '^[a-z]+/([a-z0-9.+-]+|\\*)$';

const key: Schema = { type: 'string', pattern: KEY_PATTERN, maxLength: 64 };
/** Italian is required; English is optional (missing or empty: the console shows the Italian). */
const text = (maxLength: number): Schema => ({
  type: 'object',
  additionalProperties: false,
  required: ['it'],
  properties: { it: { type: 'string', minLength: 1, maxLength }, en: { type: 'string', maxLength } },
});
/** Any JSON: expressions are checked by walking them (operators, variables, depth). */
const expression: Schema = {};
const count: Schema = { type: 'integer', minimum: 0, maximum: 100000 };
const num: Schema = { type: 'number' };
const isoDate: Schema = { type: 'string', format: 'date' };
const timeOfDay: Schema = { type: 'string', format: 'time-of-day' };
const display: Schema = { enum: ['currency'] };
const option: Schema = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'label'],
  properties: { code: { type: 'string', pattern: OPTION_CODE_PATTERN, maxLength: 64 }, label: text(200) },
};
const options: Schema = { type: 'array', minItems: 1, maxItems: 200, items: option };

/** The properties of each field type, beside the common ones. */
const SPECIFIC: Record<FieldType, { properties: Schema; required?: string[] }> = {
  text: { properties: { default: { type: 'string' }, minLength: count, maxLength: count, pattern: { type: 'string' } } },
  longText: { properties: { default: { type: 'string' }, minLength: count, maxLength: count } },
  integer: { properties: { default: { type: 'integer' }, min: num, max: num, step: { type: 'integer', minimum: 1 }, display } },
  decimal: { properties: { default: num, min: num, max: num, step: { type: 'number', exclusiveMinimum: 0 }, display } },
  currency: { properties: { default: num, min: num, max: num } },
  isee: { properties: { default: { type: 'number', minimum: 0 }, min: { type: 'number', minimum: 0 }, max: num } },
  date: { properties: { default: isoDate, min: isoDate, max: isoDate } },
  datetime: { properties: { default: { type: 'string', format: 'date-time' } } },
  time: { properties: { default: timeOfDay, min: timeOfDay, max: timeOfDay } },
  staticText: { properties: { text: text(20000) }, required: ['text'] },
  boolean: { properties: { default: { type: 'boolean' } } },
  singleChoice: { properties: { options, default: { type: 'string' } }, required: ['options'] },
  multipleChoice: {
    properties: {
      options,
      default: { type: 'array', items: { type: 'string' }, uniqueItems: true },
      minSelected: count,
      maxSelected: count,
    },
    required: ['options'],
  },
  email: { properties: { default: { type: 'string', format: 'email' } } },
  phone: { properties: { default: { type: 'string', format: 'phone' } } },
  fiscalCode: { properties: {} },
  reference: { properties: { target: { enum: ['municipality', 'service', 'provider'] } }, required: ['target'] },
  file: {
    properties: {
      accept: { type: 'array', minItems: 1, items: { type: 'string', pattern: MIME_PATTERN }, uniqueItems: true },
      maxSizeMb: { type: 'number', exclusiveMinimum: 0, maximum: 100 },
    },
  },
  group: {
    properties: {
      fields: { type: 'array', minItems: 1, maxItems: 100, items: { $ref: '#/$defs/field' } },
      minItems: count,
      maxItems: count,
    },
    required: ['fields'],
  },
  calculated: {
    properties: { expression, resultType: { enum: ['number', 'integer', 'text', 'boolean', 'date'] }, display },
    required: ['expression', 'resultType'],
  },
};

const common: Schema = {
  key,
  label: text(300),
  help: text(2000),
  required: { type: 'boolean' },
  visibleWhen: expression,
  personal: { type: 'boolean' },
};

const branch = (type: FieldType): Schema => {
  const { properties, required = [] } = SPECIFIC[type];
  const shared: Schema = { ...common };
  if (type === 'calculated' || type === 'staticText') delete shared.required;
  return {
    type: 'object',
    additionalProperties: false,
    required: ['type', 'key', 'label', ...required],
    properties: { type: { const: type }, ...shared, ...properties },
  };
};

/** The JSON Schema of `FormDefinition`. */
export const definitionSchema: Schema = {
  $id: 'https://ambito.example.org/schemas/form-definition.json',
  type: 'object',
  additionalProperties: false,
  required: ['sections'],
  properties: {
    sections: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'title', 'fields'],
        properties: {
          key,
          title: text(300),
          description: text(4000),
          visibleWhen: expression,
          fields: { type: 'array', maxItems: 200, items: { $ref: '#/$defs/field' } },
        },
      },
    },
    rules: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'assert', 'message', 'paths'],
        properties: {
          key,
          assert: expression,
          message: text(500),
          paths: { type: 'array', minItems: 1, items: { type: 'string', maxLength: 200 } },
          when: expression,
        },
      },
    },
  },
  $defs: {
    field: {
      type: 'object',
      discriminator: { propertyName: 'type' },
      oneOf: (Object.keys(SPECIFIC) as FieldType[]).map(branch),
    },
  },
};

let validator: ValidateFunction | undefined;

/** Structural problems of a definition (ajv against `definitionSchema`), worded for the designer. */
export function structuralIssues(definition: unknown): FieldIssue[] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: true, discriminator: true });
    addFormats(ajv, { formats: ['date', 'date-time', 'email'] });
    addAmbitoFormats(ajv);
    validator = ajv.compile(definitionSchema);
  }
  return validator(definition) ? [] : issuesFromAjv(validator.errors, { subject: 'definition' });
}
