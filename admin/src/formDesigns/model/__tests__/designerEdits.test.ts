// `@forms-shared` is the console's alias for the engine's shared folder: here, the very same module.
jest.mock('@forms-shared', () => jest.requireActual('../../../../../src/plugins/forms/shared'), { virtual: true });

import { compileForm, validateDefinition } from '../../../../../src/plugins/forms/shared';
import type { Field, FormDefinition } from '../../../../../src/plugins/forms/shared';
import { changeFieldType } from '../changeType';
import { moveToSection } from '../definitionOps';
import { NEW_ITEM_TEXTS } from '../newField';
import { addRule, removeRule, ruleIssues, updateRule } from '../rules';

const t = (text: string) => ({ it: text, en: text });

const definition = (): FormDefinition => ({
  sections: [
    {
      key: 'period',
      title: t('Periodo'),
      fields: [
        { type: 'date', key: 'start', label: t('Inizio') },
        { type: 'date', key: 'end', label: t('Fine') },
      ],
    },
    { key: 'contacts', title: t('Contatti'), fields: [{ type: 'phone', key: 'phone', label: t('Telefono') }] },
  ],
});

describe('cross-field rules in the designer', () => {
  it('adds a rule that holds until edited, edits it into a working check, removes it', () => {
    const added = addRule(definition(), t('Valori non coerenti'))!;
    expect(added.rules).toEqual([{ key: 'rule_1', assert: true, message: t('Valori non coerenti'), paths: ['start'] }]);
    expect(validateDefinition(added)).toEqual([]);

    const edited = updateRule(added, 0, (rule) => ({
      ...rule,
      assert: { '<=': [{ var: 'start' }, { var: 'end' }] },
      when: { and: [{ var: 'start' }, { var: 'end' }] },
      message: t('La fine segue l’inizio'),
      paths: ['end'],
    }));
    const issues = compileForm(edited).evaluate({ start: '2024-05-02', end: '2024-05-01' }).issues;
    expect(issues.map((issue) => [issue.path, issue.it])).toEqual([['end', 'La fine segue l’inizio']]);

    expect(addRule(edited, t('Altra'))!.rules!.map((rule) => rule.key)).toEqual(['rule_1', 'rule_2']);
    const removed = removeRule(edited, 0);
    expect(removed).not.toHaveProperty('rules');
    expect(addRule({ sections: [] }, t('x'))).toBeNull();
  });

  it('gathers the problems of one rule, the live ones and the server’s', () => {
    const broken = updateRule(addRule(definition(), t('x'))!, 0, (rule) => ({
      ...rule,
      assert: { '==': [{ var: 'missing' }, 1] },
    }));
    const live = validateDefinition(broken).map((issue) => ({ path: issue.path, text: issue.it }));
    expect(ruleIssues(live, 0)).toEqual([{ property: 'assert', text: expect.stringContaining('missing') }]);
    expect(ruleIssues([{ path: 'definition.rules.0.paths.0', text: 'campo inesistente' }], 0)).toEqual([
      { property: 'paths.0', text: 'campo inesistente' },
    ]);
    expect(ruleIssues([{ path: 'definition.rules.1.assert', text: 'x' }], 0)).toEqual([]);
  });
});

describe('changing a field’s type', () => {
  it('keeps what the new type takes, drops and names what it cannot', () => {
    const text: Field = {
      type: 'text',
      key: 'notes',
      label: t('Note'),
      required: true,
      maxLength: 50,
      pattern: '^[a-z]+$',
      visibleWhen: { var: 'x' },
    };
    const long = changeFieldType(text, 'longText', NEW_ITEM_TEXTS);
    expect(long.field).toEqual({
      type: 'longText',
      key: 'notes',
      label: t('Note'),
      required: true,
      maxLength: 50,
      visibleWhen: { var: 'x' },
    });
    expect(long.dropped).toEqual(['pattern']);

    const choice: Field = {
      type: 'singleChoice',
      key: 'kind',
      label: t('Tipo'),
      options: [{ code: 'a', label: t('A') }],
      default: 'a',
    };
    const multiple = changeFieldType(choice, 'multipleChoice', NEW_ITEM_TEXTS);
    expect(multiple.field).toMatchObject({ type: 'multipleChoice', options: [{ code: 'a', label: t('A') }] });
    expect(multiple.dropped).toEqual(['default']); // a single code is not a list of codes

    const integer: Field = { type: 'integer', key: 'n', label: t('N'), min: 0, max: 9, required: true };
    expect(changeFieldType(integer, 'decimal', NEW_ITEM_TEXTS).dropped).toEqual([]);
    const calculated = changeFieldType(integer, 'calculated', NEW_ITEM_TEXTS);
    expect(calculated.dropped).toEqual(['required', 'min', 'max']);
    expect(calculated.field).toEqual({ type: 'calculated', key: 'n', label: t('N'), expression: 0, resultType: 'number' });
  });

  it('gives a well-formed field of the new type, whatever the old one', () => {
    const group: Field = {
      type: 'group',
      key: 'people',
      label: t('Persone'),
      minItems: 1,
      fields: [{ type: 'text', key: 'name', label: t('Nome') }],
    };
    const text = changeFieldType(group, 'text', NEW_ITEM_TEXTS);
    expect(text.dropped).toEqual(['minItems', 'fields']);
    expect(validateDefinition({ sections: [{ key: 's', title: t('S'), fields: [text.field] }] })).toEqual([]);
    const back = changeFieldType(text.field, 'group', NEW_ITEM_TEXTS);
    expect(validateDefinition({ sections: [{ key: 's', title: t('S'), fields: [back.field] }] })).toEqual([]);
  });
});

describe('moving a field to another section', () => {
  it('appends it to the other section and selects it there; a group’s field stays', () => {
    const moved = moveToSection(definition(), 'sections.0.fields.0', 1);
    expect(moved.definition.sections.map((section) => section.fields.map((field) => field.key))).toEqual([
      ['end'],
      ['phone', 'start'],
    ]);
    expect(moved.selected).toBe('sections.1.fields.1');
    expect(validateDefinition(moved.definition)).toEqual([]);
    const same = definition();
    expect(moveToSection(same, 'sections.0.fields.0.fields.0', 1).definition).toBe(same);
    expect(moveToSection(same, 'sections.0.fields.0', 0).definition).toBe(same);
  });
});
