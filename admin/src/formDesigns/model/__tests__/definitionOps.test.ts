import { validateDefinition } from '../../../../../src/plugins/forms/shared';
import type { Field, FormDefinition } from '../../../../../src/plugins/forms/shared';
import { addField, addSection, duplicateItem, moveItem, removeItem, renameField, updateItem } from '../definitionOps';
import { getItem, itemPathOfIssue, parseItemPath } from '../itemPaths';
import { newField, newSection, type NewItemTexts } from '../newField';
import { readableFields } from '../readableFields';
import { uniqueKey } from '../uniqueKey';

const t = (text: string) => ({ it: text, en: text });
const texts: NewItemTexts = {
  field: t('Nuovo campo'),
  section: t('Nuova sezione'),
  option: (letter) => t(`Opzione ${letter}`),
  staticText: t('Testo informativo'),
};

/** A person section (name, birth date, age from it, lives alone → caregiver) and a household group. */
const definition = (): FormDefinition => ({
  sections: [
    {
      key: 'person',
      title: t('Persona'),
      fields: [
        { type: 'text', key: 'name', label: t('Nome') },
        { type: 'date', key: 'birthDate', label: t('Nascita') },
        { type: 'calculated', key: 'age', label: t('Età'), resultType: 'integer', expression: { age: [{ var: 'birthDate' }] } },
        { type: 'boolean', key: 'livesAlone', label: t('Solo') },
        { type: 'text', key: 'caregiver', label: t('Caregiver'), visibleWhen: { '==': [{ var: 'livesAlone' }, false] } },
      ],
    },
    {
      key: 'household',
      title: t('Famiglia'),
      fields: [
        {
          type: 'group',
          key: 'members',
          label: t('Componenti'),
          fields: [
            { type: 'text', key: 'name', label: t('Nome') },
            { type: 'integer', key: 'income', label: t('Reddito') },
            { type: 'boolean', key: 'works', label: t('Lavora') },
            { type: 'text', key: 'employer', label: t('Datore'), visibleWhen: { '==': [{ var: 'works' }, true] } },
          ],
        },
      ],
    },
  ],
  rules: [{ key: 'adult', assert: { '>=': [{ var: 'age' }, 18] }, message: t('maggiorenne'), paths: ['birthDate'] }],
});

const keys = (fields: Field[]) => fields.map((field) => field.key);

describe('item paths', () => {
  it('name sections, fields and fields of groups as the validator does', () => {
    expect(parseItemPath('sections.1.fields.0.fields.3')).toEqual({ section: 1, fields: [0, 3] });
    expect(parseItemPath('sections.1.title')).toBeNull();
    expect((getItem(definition(), 'sections.1.fields.0.fields.3') as Field).key).toBe('employer');
    expect(itemPathOfIssue('definition.sections.0.fields.3.options.1.code')).toBe('sections.0.fields.3');
    expect(itemPathOfIssue('rules.0.assert')).toBeNull();
  });
});

describe('definition editing', () => {
  it('moves a field up and down among its siblings, not past the ends', () => {
    const down = moveItem(definition(), 'sections.0.fields.0', 1);
    expect(keys(down.definition.sections[0].fields).slice(0, 2)).toEqual(['birthDate', 'name']);
    expect(down.selected).toBe('sections.0.fields.1');
    const top = moveItem(definition(), 'sections.0.fields.0', -1);
    expect(top.definition.sections[0].fields[0].key).toBe('name');
    expect(top.selected).toBe('sections.0.fields.0');
    const inGroup = moveItem(definition(), 'sections.1.fields.0.fields.1', -1);
    expect(keys((inGroup.definition.sections[1].fields[0] as { fields: Field[] }).fields)).toEqual([
      'income',
      'name',
      'works',
      'employer',
    ]);
  });

  it('moves sections', () => {
    const moved = moveItem(definition(), 'sections.1', -1);
    expect(moved.definition.sections.map((s) => s.key)).toEqual(['household', 'person']);
    expect(moved.selected).toBe('sections.0');
  });

  it('duplicates a field after itself with a key unique across the form', () => {
    const copy = duplicateItem(definition(), 'sections.0.fields.0');
    expect(keys(copy.definition.sections[0].fields).slice(0, 2)).toEqual(['name', 'name_2']);
    expect(copy.selected).toBe('sections.0.fields.1');
    expect(validateDefinition(copy.definition)).toEqual([]);
  });

  it('duplicates a field of a group with a key unique in the group (the same key may exist outside)', () => {
    const copy = duplicateItem(definition(), 'sections.1.fields.0.fields.0');
    expect(keys((copy.definition.sections[1].fields[0] as { fields: Field[] }).fields)).toEqual([
      'name',
      'name_2',
      'income',
      'works',
      'employer',
    ]);
    expect(validateDefinition(copy.definition)).toEqual([]);
  });

  it('duplicates a section with fresh keys, its conditions and formulas reading the copies', () => {
    const copy = duplicateItem(definition(), 'sections.0');
    const second = copy.definition.sections[1];
    expect(second.key).toBe('person_2');
    expect(keys(second.fields)).toEqual(['name_2', 'birthDate_2', 'age_2', 'livesAlone_2', 'caregiver_2']);
    expect(second.fields[2]).toMatchObject({ expression: { age: [{ var: 'birthDate_2' }] } });
    expect(second.fields[4].visibleWhen).toEqual({ '==': [{ var: 'livesAlone_2' }, false] });
    expect(copy.definition.sections[0].fields[4].visibleWhen).toEqual({ '==': [{ var: 'livesAlone' }, false] });
    expect(validateDefinition(copy.definition)).toEqual([]);
  });

  it('removes an item and selects its neighbour, or its parent when it was the last', () => {
    const removed = removeItem(definition(), 'sections.0.fields.4');
    expect(keys(removed.definition.sections[0].fields)).toEqual(['name', 'birthDate', 'age', 'livesAlone']);
    expect(removed.selected).toBe('sections.0.fields.3');
    const empty = updateItem<Field>(definition(), 'sections.1.fields.0', (group) =>
      group.type === 'group' ? { ...group, fields: [group.fields[0]] } : group
    );
    expect(removeItem(empty, 'sections.1.fields.0.fields.0').selected).toBe('sections.1.fields.0');
    expect(removeItem(definition(), 'sections.1').definition.sections.map((s) => s.key)).toEqual(['person']);
  });

  it('adds sections and fields of every kind with unique keys, valid as they are', () => {
    let current = addSection(definition(), (key) => newSection(key, texts));
    expect(current.selected).toBe('sections.2');
    const container = current.selected as string;
    for (const type of ['text', 'text', 'singleChoice', 'group', 'calculated', 'reference'] as const) {
      current = addField(current.definition, container, `${type}_1`, (key) => newField(type, key, texts));
    }
    expect(keys(current.definition.sections[2].fields)).toEqual([
      'text_1',
      'text_2',
      'singleChoice_1',
      'group_1',
      'calculated_1',
      'reference_1',
    ]);
    expect(current.selected).toBe('sections.2.fields.5');
    const inGroup = addField(current.definition, 'sections.2.fields.3', 'text_1', (key) => newField('text', key, texts));
    expect(inGroup.selected).toBe('sections.2.fields.3.fields.1');
    expect(validateDefinition(inGroup.definition)).toEqual([]);
  });

  it('renames a top-level field in the conditions, formulas and rules reading it', () => {
    const renamed = renameField(definition(), 'sections.0.fields.1', 'dateOfBirth');
    expect(renamed.sections[0].fields[2]).toMatchObject({ expression: { age: [{ var: 'dateOfBirth' }] } });
    expect(renamed.rules?.[0].paths).toEqual(['dateOfBirth']);
    expect(validateDefinition(renamed)).toEqual([]);
    const alone = renameField(definition(), 'sections.0.fields.3', 'alone');
    expect(alone.sections[0].fields[4].visibleWhen).toEqual({ '==': [{ var: 'alone' }, false] });
  });

  it('renames a field of a group within its rows only', () => {
    const renamed = renameField(definition(), 'sections.1.fields.0.fields.2', 'employed');
    const members = renamed.sections[1].fields[0] as { fields: Field[] };
    expect(members.fields[3].visibleWhen).toEqual({ '==': [{ var: 'employed' }, true] });
    expect(validateDefinition(renamed)).toEqual([]);
  });

  it('makes keys unique', () => {
    expect(uniqueKey('name', ['x'])).toBe('name');
    expect(uniqueKey('name', ['name', 'name_2'])).toBe('name_3');
    expect(uniqueKey('name_2', ['name_2'])).toBe('name_3');
  });
});

describe('fields a condition or formula can read', () => {
  it('are, for a field of a group, its row first then the form, without itself', () => {
    const names = readableFields(definition(), 'sections.1.fields.0.fields.3').map((field) => field.key);
    expect(names).toEqual(['name', 'income', 'works', 'birthDate', 'age', 'livesAlone', 'caregiver', 'members']);
  });

  it('are, for a section, the fields of the other sections', () => {
    expect(readableFields(definition(), 'sections.1').map((field) => field.key)).toEqual([
      'name',
      'birthDate',
      'age',
      'livesAlone',
      'caregiver',
    ]);
  });
});
