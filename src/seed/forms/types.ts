import type { ChoiceOption, FormDefinition, JsonLogicExpression, LocalizedText } from '../../plugins/forms/shared';

/** A demo form of Distretto 4: its catalogue data and its first definition. */
export interface SeedForm {
  /** Stable key, also the URL segment (`/forms/segretariato-intake`). */
  key: string;
  title: LocalizedText;
  description: LocalizedText;
  /** Code of an area of ../data/areas.ts. */
  areaCode: string;
  /** Codes of services of ../data/services.ts the form belongs to. */
  serviceCodes: string[];
  /** Roles that may fill it (the Ufficio di Piano, `udp`, designs every form). */
  roles: string[];
  definition: FormDefinition;
}

/** A text in Italian and English. */
export const t = (it: string, en: string): LocalizedText => ({ it, en });

/** A choice with its stable code. */
export const option = (code: string, it: string, en: string): ChoiceOption => ({ code, label: t(it, en) });

/** `{"var": key}`. */
export const v = (key: string): JsonLogicExpression => ({ var: key });

/** The field `key` equals `value`. */
export const is = (key: string, value: JsonLogicExpression): JsonLogicExpression => ({ '==': [v(key), value] });

/** The multiple-choice field `key` includes `code`. */
export const includes = (key: string, code: string): JsonLogicExpression => ({ in: [code, v(key)] });

/** Both values are given (used as `when` of a rule comparing them). */
export const bothGiven = (a: string, b: string): JsonLogicExpression => ({ and: [{ '!!': v(a) }, { '!!': v(b) }] });

/** Whole years from the field `key` (a date) to today. */
export const ageOf = (key: string): JsonLogicExpression => ({ age: [v(key)] });
