import type { Field, FormDefinition } from './types';

/**
 * The JSON Schema of a submission's data. Every field is optional here (required-ness depends on
 * visibility, checked by the engine); unknown keys are refused at every level; calculated fields are
 * absent (their values are computed, never accepted).
 */

type Schema = Record<string, unknown>;

/** Lengths used when a text field sets none. */
export const DEFAULT_MAX_LENGTH = { text: 500, longText: 20000 } as const;

/** Only the bounds that are set (ajv refuses `undefined` keyword values in strict mode). */
function defined(schema: Schema): Schema {
  return Object.fromEntries(Object.entries(schema).filter(([, value]) => value !== undefined));
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `image/*` → `image/[^/]+`, anchored, for the `mime` of a file value. */
export function mimePattern(accept: string[]): string {
  const alternatives = accept.map((mime) => escapeRegExp(mime).replace('\\*', '[^/]+'));
  return `^(?:${alternatives.join('|')})$`;
}

/** The schema of one field's value; null for a field without an answer (calculated, static text). */
export function fieldSchema(field: Field): Schema | null {
  switch (field.type) {
    case 'text':
      return defined({
        type: 'string',
        minLength: field.minLength,
        maxLength: field.maxLength ?? DEFAULT_MAX_LENGTH.text,
        pattern: field.pattern,
      });
    case 'longText':
      return defined({ type: 'string', minLength: field.minLength, maxLength: field.maxLength ?? DEFAULT_MAX_LENGTH.longText });
    case 'integer':
      return defined({ type: 'integer', minimum: field.min, maximum: field.max, multipleOf: field.step });
    case 'decimal':
      return defined({ type: 'number', minimum: field.min, maximum: field.max, multipleOf: field.step });
    case 'currency':
      return defined({ type: 'number', format: 'eur-amount', minimum: field.min, maximum: field.max });
    case 'isee':
      return defined({ type: 'number', format: 'eur-amount', minimum: field.min ?? 0, maximum: field.max });
    case 'date':
      return defined({ type: 'string', format: 'date', formatMinimum: field.min, formatMaximum: field.max });
    case 'datetime':
      return { type: 'string', format: 'date-time' };
    case 'time':
      return defined({ type: 'string', format: 'time-of-day', formatMinimum: field.min, formatMaximum: field.max });
    case 'boolean':
      return { type: 'boolean' };
    case 'singleChoice':
      return { type: 'string', enum: field.options.map((option) => option.code) };
    case 'multipleChoice':
      return defined({
        type: 'array',
        uniqueItems: true,
        minItems: field.minSelected,
        maxItems: field.maxSelected,
        items: { type: 'string', enum: field.options.map((option) => option.code) },
      });
    case 'email':
      return { type: 'string', format: 'email', maxLength: 254 };
    case 'phone':
      return { type: 'string', format: 'phone', maxLength: 30 };
    case 'fiscalCode':
      return { type: 'string', format: 'codice-fiscale' };
    case 'reference':
      return { type: 'string', format: 'document-id' };
    case 'file':
      return {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'mime', 'size'],
        properties: {
          id: { type: 'integer', minimum: 1 },
          name: { type: 'string', minLength: 1, maxLength: 255 },
          mime: field.accept
            ? { type: 'string', pattern: mimePattern(field.accept) }
            : { type: 'string', minLength: 3, maxLength: 255 },
          size: defined({
            type: 'integer',
            minimum: 0,
            maximum: field.maxSizeMb === undefined ? undefined : Math.floor(field.maxSizeMb * 1024 * 1024),
          }),
        },
      };
    case 'group':
      return defined({ type: 'array', minItems: field.minItems, maxItems: field.maxItems, items: objectSchema(field.fields) });
    case 'calculated':
    case 'staticText':
      return null;
  }
}

/** An object with the given fields as optional properties, nothing else. */
export function objectSchema(fields: Field[]): Schema {
  const properties: Record<string, Schema> = {};
  for (const field of fields) {
    const schema = fieldSchema(field);
    if (schema) properties[field.key] = schema;
  }
  return { type: 'object', additionalProperties: false, properties };
}

/** The schema of a whole submission: the fields of all sections in one flat object. */
export function formSchema(definition: FormDefinition): Schema {
  return objectSchema(definition.sections.flatMap((section) => section.fields));
}
