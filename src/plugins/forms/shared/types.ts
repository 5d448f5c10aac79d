/**
 * The form definition contract shared by the forms plugin's server and the console.
 * A definition is plain JSON (stored in the database, edited by the Ufficio di Piano), so every
 * type here is JSON-serialisable. `validateDefinition` checks an unknown value against this contract.
 */

/** Any JSON value. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A text in Italian (the default language) and, optionally, English: where English is missing or empty, Italian is shown. */
export interface LocalizedText {
  it: string;
  en?: string;
}

/**
 * A JSON Logic expression (https://jsonlogic.com), plus Ambito's operations `age`, `today`, `count`,
 * `sum_of` and `days_between`. `{ "var": "key" }` reads a field; inside a group row a name is looked up
 * first among the row's fields, then among the enclosing rows' and the form's fields.
 */
export type JsonLogicExpression = JsonValue;

/** Properties every field has. */
export interface FieldBase {
  /** Stable key of the value in the submitted data: `^[a-z][a-zA-Z0-9_]*$`, unique in the form (in a group: unique in the group). */
  key: string;
  label: LocalizedText;
  help?: LocalizedText;
  /**
   * A visible required field must have a value (for a boolean, false is an answer: to demand true use a
   * rule); a hidden one is neither required nor stored.
   */
  required?: boolean;
  /** Shown (and stored) only while this expression holds. */
  visibleWhen?: JsonLogicExpression;
  /**
   * Personal data (a name, a fiscal code, a phone, an address, free text about a person): the answer is
   * given only to roles with access to personal data, whatever the submission is about (redactSubmission).
   */
  personal?: boolean;
}

/** One line of free text. */
export interface TextField extends FieldBase {
  type: 'text';
  default?: string;
  minLength?: number;
  maxLength?: number;
  /** A JavaScript regular expression (unicode mode) the whole value must match; anchor it with ^…$. */
  pattern?: string;
}

/** Several lines of free text (notes, descriptions). */
export interface LongTextField extends FieldBase {
  type: 'longText';
  default?: string;
  minLength?: number;
  maxLength?: number;
}

/** Properties of the numeric fields. */
interface NumericBounds {
  default?: number;
  min?: number;
  max?: number;
  /** The value must be a multiple of `step` (e.g. 0.5). */
  step?: number;
}

/** How a number is shown: `currency` as an amount in euro (e.g. `€ 1.234,50`). The stored value stays a number. */
export type NumberDisplay = 'currency';

/** A whole number. */
export interface IntegerField extends FieldBase, NumericBounds {
  type: 'integer';
  display?: NumberDisplay;
}

/** A number with decimals. */
export interface DecimalField extends FieldBase, NumericBounds {
  type: 'decimal';
  display?: NumberDisplay;
}

/** An amount in euro, at most two decimals. */
export interface CurrencyField extends FieldBase {
  type: 'currency';
  default?: number;
  min?: number;
  max?: number;
}

/** An ISEE value in euro (indicatore della situazione economica equivalente): ≥ 0, at most two decimals. */
export interface IseeField extends FieldBase {
  type: 'isee';
  default?: number;
  min?: number;
  max?: number;
}

/** A calendar date, `YYYY-MM-DD`; `min`/`max` are dates in the same format. */
export interface DateField extends FieldBase {
  type: 'date';
  default?: string;
  min?: string;
  max?: string;
}

/** An instant, RFC 3339 with seconds and time zone (`2024-03-01T09:30:00+01:00` or `…Z`). */
export interface DateTimeField extends FieldBase {
  type: 'datetime';
  default?: string;
}

/** A time of day, `HH:MM` (24 hours); `min`/`max` in the same format. */
export interface TimeField extends FieldBase {
  type: 'time';
  default?: string;
  min?: string;
  max?: string;
}

/**
 * A text shown to the person filling the form (e.g. the privacy notice): the label is its heading, `text`
 * its body. It holds no answer: nothing is stored, it is never required.
 */
export interface StaticTextField extends Omit<FieldBase, 'required'> {
  type: 'staticText';
  text: LocalizedText;
}

export interface BooleanField extends FieldBase {
  type: 'boolean';
  default?: boolean;
}

/** A choice: the stored value is the stable `code`, never the label. */
export interface ChoiceOption {
  /** `^[A-Za-z0-9][A-Za-z0-9_-]*$`, unique within the field. */
  code: string;
  label: LocalizedText;
}

/** One option among several; the value is an option code. */
export interface SingleChoiceField extends FieldBase {
  type: 'singleChoice';
  options: ChoiceOption[];
  default?: string;
}

/** Any number of options; the value is an array of distinct option codes. */
export interface MultipleChoiceField extends FieldBase {
  type: 'multipleChoice';
  options: ChoiceOption[];
  default?: string[];
  minSelected?: number;
  maxSelected?: number;
}

export interface EmailField extends FieldBase {
  type: 'email';
  default?: string;
}

/** A phone number: digits, an optional leading `+`, spaces, dots, dashes or slashes; 6 to 15 digits. */
export interface PhoneField extends FieldBase {
  type: 'phone';
  default?: string;
}

/** A person's codice fiscale (16 characters, check letter verified); stored in upper case. */
export interface FiscalCodeField extends FieldBase {
  type: 'fiscalCode';
}

/** What a reference field points to. */
export type ReferenceTarget = 'municipality' | 'service' | 'provider';

/** A record of the district (comune, service, provider organisation); the value is its Strapi `documentId`. */
export interface ReferenceField extends FieldBase {
  type: 'reference';
  target: ReferenceTarget;
}

/** An uploaded file as stored in a submission: the Strapi upload's id and what was checked about it. */
export interface FileValue {
  id: number;
  name: string;
  mime: string;
  /** Bytes. */
  size: number;
}

/** One attached file (for several files, use a group with a file field). */
export interface FileField extends FieldBase {
  type: 'file';
  /** Accepted MIME types, `type/subtype` or `type/*`; any type when absent. */
  accept?: string[];
  maxSizeMb?: number;
}

/** A repeatable group of fields (e.g. household members); the value is an array of rows (objects). */
export interface GroupField extends FieldBase {
  type: 'group';
  fields: Field[];
  minItems?: number;
  maxItems?: number;
}

/** The type a calculated value is converted to. */
export type CalculatedResultType = 'number' | 'integer' | 'text' | 'boolean' | 'date';

/**
 * A value computed from other fields. The server computes it (its value is authoritative), the console
 * shows it live; a value sent by the client is ignored. Not `required`, no `default`.
 */
export interface CalculatedField extends Omit<FieldBase, 'required'> {
  type: 'calculated';
  expression: JsonLogicExpression;
  resultType: CalculatedResultType;
  /** For a numeric result: shown as an amount in euro. */
  display?: NumberDisplay;
}

/** Every field, discriminated by `type`. */
export type Field =
  | TextField
  | LongTextField
  | IntegerField
  | DecimalField
  | CurrencyField
  | DateField
  | DateTimeField
  | TimeField
  | BooleanField
  | SingleChoiceField
  | MultipleChoiceField
  | EmailField
  | PhoneField
  | FiscalCodeField
  | IseeField
  | ReferenceField
  | FileField
  | GroupField
  | CalculatedField
  | StaticTextField;

/** The `type` of a field. */
export type FieldType = Field['type'];

/** Field types that hold no answer of their own (computed, or text shown to the reader). */
export type ValuelessFieldType = 'calculated' | 'staticText';

/** A titled part of the form. Field keys are unique across all sections: the data is one flat object. */
export interface Section {
  /** `^[a-z][a-zA-Z0-9_]*$`, unique in the form. */
  key: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** The section and all its fields are shown (and stored) only while this holds. */
  visibleWhen?: JsonLogicExpression;
  fields: Field[];
}

/** A rule across fields, e.g. "the end date follows the start date". */
export interface CrossFieldRule {
  key: string;
  /** Must be true, otherwise the message is shown on every field of `paths`. */
  assert: JsonLogicExpression;
  message: LocalizedText;
  /** Keys of the (top-level) fields the error is shown on. A rule whose fields are all hidden is skipped. */
  paths: string[];
  /** The rule applies only while this holds (e.g. both dates given). */
  when?: JsonLogicExpression;
}

/** A form's definition: what the Ufficio di Piano designs and versions. */
export interface FormDefinition {
  sections: Section[];
  rules?: CrossFieldRule[];
}

/** One problem, told in Italian and English. */
export interface FieldIssue {
  /** Dotted path: `household.2.birthDate` in data, `sections.1.fields.3.pattern` in a definition; '' for the whole. */
  path: string;
  /** `${path}: ${it} / ${path}: ${en}`: what a person reads. */
  message: string;
  it: string;
  en: string;
}
