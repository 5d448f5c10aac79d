import type { Field, FieldIssue, FormDefinition, JsonLogicExpression } from '../../../src/plugins/forms/shared';
import { FormDefinitionError, checkPatternSafety, compileForm, validateDefinition } from '../../../src/plugins/forms/shared';
import { definitionOf, expectBilingual, label, text } from './helpers';

/** The definition is refused with an issue at `path`, whose English text contains `en`. */
function expectIssue(definition: unknown, path: string, en: string): FieldIssue {
  const issues = validateDefinition(definition);
  const issue = issues.find((candidate) => candidate.path === path);
  if (!issue) throw new Error(`expected an issue at ${path}, got: ${issues.map((i) => i.message).join(' | ') || 'none'}`);
  expectBilingual(issue);
  expect(issue.en).toContain(en);
  return issue;
}

const name: Field = { type: 'text', ...label('name') };
const withPattern = (pattern: string) => definitionOf([{ type: 'text', ...label('code'), pattern }]);
const nested = (depth: number): JsonLogicExpression => (depth === 0 ? { var: 'name' } : { '!': [nested(depth - 1)] });

describe('validateDefinition', () => {
  it('accepts a valid definition, and an empty one', () => {
    expect(validateDefinition(definitionOf([name]))).toEqual([]);
    expect(validateDefinition({ sections: [] })).toEqual([]);
  });

  it('refuses what is not a definition', () => {
    expectIssue(null, '', 'must be an object');
    expectIssue({}, 'sections', 'missing required property');
    expectIssue({ sections: [], extra: 1 }, 'extra', 'unknown property');
  });

  it('unknown field type', () => {
    const issue = expectIssue(
      definitionOf([{ type: 'signature', ...label('sign') } as unknown as Field]),
      'sections.0.fields.0.type',
      'unknown field type "signature"'
    );
    expect(issue.it).toBe('tipo di campo sconosciuto "signature"');
  });

  it('unknown, missing and mistyped properties of a field', () => {
    const definition = definitionOf([
      { type: 'text', ...label('a'), placeholder: 'x' } as unknown as Field,
      { type: 'integer', key: 'b' } as unknown as Field,
      { type: 'integer', ...label('c'), min: 'zero' } as unknown as Field,
      { type: 'text', key: 'Bad-Key', label: text('x') },
    ]);
    expectIssue(definition, 'sections.0.fields.0.placeholder', 'unknown property');
    expectIssue(definition, 'sections.0.fields.1.label', 'missing required property');
    expectIssue(definition, 'sections.0.fields.2.min', 'wrong type: expected number');
    // Told in words, never as the regular expression.
    const key = expectIssue(definition, 'sections.0.fields.3.key', 'the key must start with a lower-case letter');
    expect(key.message).not.toContain('[a-z]');
  });

  it('a calculated field takes no `required` and no `default`', () => {
    const definition = definitionOf([
      { type: 'calculated', ...label('x'), expression: 1, resultType: 'integer', required: true } as unknown as Field,
    ]);
    expectIssue(definition, 'sections.0.fields.0.required', 'unknown property');
  });

  it('duplicate section keys', () => {
    const definition: FormDefinition = {
      sections: [
        { key: 'person', title: text('A'), fields: [] },
        { key: 'person', title: text('B'), fields: [] },
      ],
    };
    expectIssue(definition, 'sections.1.key', 'duplicate section key "person" (already used at sections.0)');
  });

  it('duplicate field keys across sections', () => {
    const definition: FormDefinition = {
      sections: [
        { key: 'a', title: text('A'), fields: [name] },
        { key: 'b', title: text('B'), fields: [{ type: 'longText', ...label('name') }] },
      ],
    };
    expectIssue(definition, 'sections.1.fields.0.key', 'duplicate field key "name" (already used at sections.0.fields.0)');
  });

  it('keys inside a group are unique within the group, and may repeat a form key', () => {
    const group = (fields: Field[]): Field => ({ type: 'group', ...label('members'), fields });
    expect(validateDefinition(definitionOf([name, group([name])]))).toEqual([]);
    expectIssue(
      definitionOf([group([name, { type: 'date', ...label('name') }])]),
      'sections.0.fields.0.fields.1.key',
      'duplicate field key "name"'
    );
  });

  it('keys every object inherits are reserved', () => {
    expectIssue(
      definitionOf([{ type: 'boolean', ...label('constructor') }]),
      'sections.0.fields.0.key',
      '"constructor" is a reserved key'
    );
  });

  it('duplicate rule keys', () => {
    const rule = { key: 'r', assert: true, message: text('x'), paths: ['name'] };
    expectIssue(definitionOf([name], [rule, rule]), 'rules.1.key', 'duplicate rule key "r"');
  });

  it('an expression referring to a missing field, wherever it is', () => {
    const missing = { var: 'nickname' };
    expectIssue(
      definitionOf([name, { type: 'text', ...label('x'), visibleWhen: missing }]),
      'sections.0.fields.1.visibleWhen',
      'missing field "nickname"'
    );
    expectIssue(
      definitionOf([name, { type: 'calculated', ...label('x'), expression: { cat: [missing] }, resultType: 'text' }]),
      'sections.0.fields.1.expression',
      'missing field "nickname"'
    );
    expectIssue(
      { sections: [{ key: 's', title: text('S'), visibleWhen: missing, fields: [name] }] },
      'sections.0.visibleWhen',
      'missing field "nickname"'
    );
    expectIssue(
      definitionOf([name], [{ key: 'r', assert: missing, message: text('x'), paths: ['name'] }]),
      'rules.0.assert',
      'missing field "nickname"'
    );
    expectIssue(
      definitionOf([name], [{ key: 'r', when: { missing: ['nickname'] }, assert: true, message: text('x'), paths: ['name'] }]),
      'rules.0.when',
      'missing field "nickname"'
    );
  });

  it('names inside groups: row fields, outer fields, iteration over rows', () => {
    const members: Field = {
      type: 'group',
      ...label('members'),
      fields: [
        { type: 'date', ...label('birthDate') },
        { type: 'text', ...label('note'), visibleWhen: { and: [{ var: 'birthDate' }, { var: 'name' }] } },
      ],
    };
    const count = (condition: JsonLogicExpression): Field => ({
      type: 'calculated',
      ...label('count'),
      expression: { count: [{ filter: [{ var: 'members' }, condition] }] },
      resultType: 'integer',
    });
    expect(validateDefinition(definitionOf([name, members, count({ var: 'birthDate' })]))).toEqual([]);
    // Inside filter, JSON Logic sees the row alone: a form field is not there.
    expectIssue(definitionOf([name, members, count({ var: 'name' })]), 'sections.0.fields.2.expression', 'missing field "name"');
    // A row field is not visible from the form.
    expectIssue(
      definitionOf([name, members, { type: 'text', ...label('x'), visibleWhen: { var: 'birthDate' } }]),
      'sections.0.fields.2.visibleWhen',
      'missing field "birthDate"'
    );
    // sum_of names a row field.
    const sum = (key: string): Field => ({
      type: 'calculated',
      ...label('total'),
      expression: { sum_of: [{ var: 'members' }, key] },
      resultType: 'number',
    });
    expectIssue(definitionOf([members, sum('income')]), 'sections.0.fields.1.expression', 'missing field "income"');
  });

  it('a visibility condition cannot read its own field', () => {
    expectIssue(
      definitionOf([{ type: 'boolean', ...label('x'), visibleWhen: { var: 'x' } }]),
      'sections.0.fields.0.visibleWhen',
      'cannot read the field itself'
    );
  });

  it('rule paths must be fields of the form', () => {
    expectIssue(
      definitionOf([name], [{ key: 'r', assert: true, message: text('x'), paths: ['name', 'surname'] }]),
      'rules.0.paths.1',
      'no such field "surname"'
    );
  });

  it('a cycle among calculated fields, with its path', () => {
    const calc = (key: string, reads: string): Field => ({
      type: 'calculated',
      ...label(key),
      expression: { '+': [{ var: reads }, 1] },
      resultType: 'number',
    });
    const issue = expectIssue(
      definitionOf([calc('a', 'b'), calc('b', 'c'), calc('c', 'a')]),
      'sections.0.fields.0.expression',
      'cycle among calculated fields: a → b → c → a'
    );
    expect(issue.it).toBe('ciclo tra campi calcolati: a → b → c → a');
    expectIssue(
      definitionOf([calc('self', 'self')]),
      'sections.0.fields.0.expression',
      'cycle among calculated fields: self → self'
    );
  });

  it('a cycle through a group: a form total reading rows whose value reads the total', () => {
    const definition = definitionOf([
      {
        type: 'group',
        ...label('rows'),
        fields: [{ type: 'calculated', ...label('share'), expression: { '/': [1, { var: 'total' }] }, resultType: 'number' }],
      },
      { type: 'calculated', ...label('total'), expression: { sum_of: [{ var: 'rows' }, 'share'] }, resultType: 'number' },
    ]);
    expectIssue(
      definition,
      'sections.0.fields.0.fields.0.expression',
      'cycle among calculated fields: rows.*.share → total → rows.*.share'
    );
  });

  it('unsafe regular expressions', () => {
    expectIssue(withPattern('^([a-z]+$'), 'sections.0.fields.0.pattern', 'invalid regular expression');
    expectIssue(withPattern(`^${'a'.repeat(201)}$`), 'sections.0.fields.0.pattern', 'too long (at most 200 characters)');
    expectIssue(withPattern('^(a+)+$'), 'sections.0.fields.0.pattern', 'nested quantifiers');
    expectIssue(withPattern('^(\\w+\\s?)*$'), 'sections.0.fields.0.pattern', 'nested quantifiers');
    expectIssue(withPattern('^(a*b*)*$'), 'sections.0.fields.0.pattern', 'nested quantifiers');
    expectIssue(withPattern('^(a+a)+$'), 'sections.0.fields.0.pattern', 'nested quantifiers');
    expectIssue(withPattern('^(a|ab)*c$'), 'sections.0.fields.0.pattern', 'overlapping alternatives');
    expectIssue(withPattern('^(\\d|[0-9a-f])+$'), 'sections.0.fields.0.pattern', 'overlapping alternatives');
  });

  it('accepts ordinary patterns', () => {
    for (const pattern of [
      '^[A-Z]{2}[0-9]{5}$',
      '^(\\d{3}-){2}\\d{4}$',
      '^(cat|dog)+$',
      "^[\\p{L} '-]+$",
      '^(?:IT)?[0-9]{11}$',
      '^[a-z]+(?:-[a-z]+)*$',
      '^(\\w+\\.)*\\w+$',
      '^([A-Z][a-z]+ )*[A-Z][a-z]+$',
    ]) {
      expect({ pattern, verdict: checkPatternSafety(pattern) }).toEqual({ pattern, verdict: null });
    }
  });

  it('groups nested more than two levels', () => {
    const group = (key: string, fields: Field[]): Field => ({ type: 'group', ...label(key), fields });
    expect(validateDefinition(definitionOf([group('a', [group('b', [name])])]))).toEqual([]);
    expectIssue(
      definitionOf([group('a', [group('b', [group('c', [name])])])]),
      'sections.0.fields.0.fields.0.fields.0',
      'groups nested too deeply (at most 2 levels)'
    );
  });

  it('expressions deeper than 20 levels', () => {
    expect(validateDefinition(definitionOf([name, { type: 'text', ...label('x'), visibleWhen: nested(19) }]))).toEqual([]);
    expectIssue(
      definitionOf([name, { type: 'text', ...label('x'), visibleWhen: nested(20) }]),
      'sections.0.fields.1.visibleWhen',
      'expression nested too deeply (21 levels, at most 20)'
    );
  });

  it('JSON nested absurdly deep is refused before anything recurses', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i += 1) deep = { x: deep };
    const issues = validateDefinition({ sections: [], rules: [{ key: 'r', assert: deep, message: text('x'), paths: [] }] });
    expect(issues).toHaveLength(1);
    expect(issues[0].path.startsWith('rules.0.assert.x.x')).toBe(true);
    expect(issues[0].en).toContain('nested too deeply');
  });

  it('unknown JSON Logic operators, and objects that are not operations', () => {
    expectIssue(
      definitionOf([name, { type: 'text', ...label('x'), visibleWhen: { eval: ['1'] } }]),
      'sections.0.fields.1.visibleWhen',
      'unknown operator "eval"'
    );
    expectIssue(
      definitionOf([name, { type: 'text', ...label('x'), visibleWhen: { log: [{ var: 'name' }] } }]),
      'sections.0.fields.1.visibleWhen',
      'unknown operator "log"'
    );
    expectIssue(
      definitionOf([name, { type: 'text', ...label('x'), visibleWhen: { var: 'name', '==': 1 } }]),
      'sections.0.fields.1.visibleWhen',
      'an operation has exactly one key'
    );
  });

  it('duplicate option codes and defaults that are not options', () => {
    const options = [
      { code: 'a', label: text('A') },
      { code: 'b', label: text('B') },
      { code: 'a', label: text('A again') },
    ];
    expectIssue(
      definitionOf([{ type: 'singleChoice', ...label('x'), options }]),
      'sections.0.fields.0.options.2.code',
      'duplicate option code "a"'
    );
    expectIssue(
      definitionOf([{ type: 'singleChoice', ...label('x'), options: options.slice(0, 2), default: 'c' }]),
      'sections.0.fields.0.default',
      'not one of the options'
    );
    expectIssue(
      definitionOf([{ type: 'multipleChoice', ...label('x'), options: [] }]),
      'sections.0.fields.0.options',
      'at least 1 items'
    );
  });

  it('min above max, and the other inverted bounds', () => {
    const at = (field: Field, property: string, en: string) =>
      expectIssue(definitionOf([field]), `sections.0.fields.0.${property}`, en);
    at({ type: 'integer', ...label('x'), min: 10, max: 1 }, 'min', 'min (10) is greater than max (1)');
    at({ type: 'currency', ...label('x'), min: 10, max: 1 }, 'min', 'is greater than max');
    at(
      { type: 'date', ...label('x'), min: '2024-02-01', max: '2024-01-01' },
      'min',
      'min (2024-02-01) is greater than max (2024-01-01)'
    );
    at({ type: 'text', ...label('x'), minLength: 5, maxLength: 2 }, 'minLength', 'minLength (5) is greater than maxLength (2)');
    at(
      { type: 'group', ...label('x'), minItems: 3, maxItems: 2, fields: [name] },
      'minItems',
      'minItems (3) is greater than maxItems (2)'
    );
    const options = [{ code: 'a', label: text('A') }];
    at(
      { type: 'multipleChoice', ...label('x'), options, minSelected: 2 },
      'minSelected',
      'minSelected (2) is greater than options.length (1)'
    );
    at({ type: 'integer', ...label('x'), min: 0, max: 5, default: 9 }, 'default', 'outside min/max');
  });

  it('compileForm refuses an invalid definition with the same issues', () => {
    const definition = definitionOf([name, name]);
    expect(() => compileForm(definition)).toThrow(FormDefinitionError);
    try {
      compileForm(definition);
    } catch (error) {
      expect((error as FormDefinitionError).issues).toEqual(validateDefinition(definition));
    }
  });
});
