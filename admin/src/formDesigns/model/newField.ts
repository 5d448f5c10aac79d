import type { Field, FieldType, LocalizedText, Section } from '@forms-shared';

/** Every field type, in the order the designer offers them. */
export const FIELD_TYPES: FieldType[] = [
  'text',
  'longText',
  'integer',
  'decimal',
  'currency',
  'isee',
  'date',
  'datetime',
  'time',
  'boolean',
  'singleChoice',
  'multipleChoice',
  'email',
  'phone',
  'fiscalCode',
  'reference',
  'file',
  'group',
  'calculated',
  'staticText',
];

/** Texts a new item starts with (the designer passes them in both languages). */
export interface NewItemTexts {
  field: LocalizedText;
  section: LocalizedText;
  option: (letter: string) => LocalizedText;
  staticText: LocalizedText;
}

/** The key a new field of a type starts from (`date_1`, `date_2`…), to be renamed by the designer. */
export const baseKeyOf = (type: FieldType) => `${type}_1`;

/** A new field of a type, valid as it is: choices get two options, a group one text field, a formula 0. */
export function newField(type: FieldType, key: string, texts: NewItemTexts): Field {
  const label = texts.field;
  switch (type) {
    case 'singleChoice':
    case 'multipleChoice':
      return {
        type,
        key,
        label,
        options: [
          { code: 'a', label: texts.option('A') },
          { code: 'b', label: texts.option('B') },
        ],
      };
    case 'reference':
      return { type, key, label, target: 'municipality' };
    case 'group':
      return { type, key, label, fields: [{ type: 'text', key: 'text_1', label }] };
    case 'calculated':
      return { type, key, label, expression: 0, resultType: 'number' };
    case 'staticText':
      return { type, key, label, text: texts.staticText };
    default:
      return { type, key, label } as Field;
  }
}

/** A new, empty section. */
export const newSection = (key: string, texts: NewItemTexts): Section => ({ key, title: texts.section, fields: [] });

/**
 * What new items are called until the designer names them: Italian only, so that an English form never
 * shows a placeholder the designer did not translate (where English is missing, the Italian is shown).
 */
export const NEW_ITEM_TEXTS: NewItemTexts = {
  field: { it: 'Nuovo campo' },
  section: { it: 'Nuova sezione' },
  option: (letter) => ({ it: `Opzione ${letter}` }),
  staticText: { it: 'Testo da mostrare a chi compila' },
};
