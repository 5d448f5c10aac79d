import { applyExpression, isTruthy, validateDefinition } from '../../../../../src/plugins/forms/shared';
import type { FormDefinition, JsonLogicExpression } from '../../../../../src/plugins/forms/shared';
import {
  comparableWith,
  CONDITION_OPERATORS,
  conditionFromLogic,
  conditionToLogic,
  operatorsFor,
  type ConditionClause,
  type ConditionModel,
} from '../conditions';

const model = (clauses: ConditionModel['clauses'], combinator: ConditionModel['combinator'] = 'all'): ConditionModel => ({
  combinator,
  clauses,
});

describe('condition builder ↔ JSON Logic', () => {
  it.each(CONDITION_OPERATORS)('round-trips a "%s" clause', (operator) => {
    const noValue = ['isTrue', 'isFalse', 'isFilled', 'isEmpty'].includes(operator);
    const value = ['greaterThan', 'lessThan', 'atLeast', 'atMost'].includes(operator)
      ? 3
      : noValue
        ? undefined
        : operator === 'oneOf'
          ? ['sad', 'tired']
          : 'sad';
    const start = model([{ field: 'kind', operator, ...(value === undefined ? {} : { value }) }]);
    expect(conditionFromLogic(conditionToLogic(start))).toEqual(start);
  });

  it('combines clauses with and (all) and or (any), and reads them back', () => {
    const all = model([
      { field: 'livesAlone', operator: 'isFalse' },
      { field: 'age', operator: 'greaterThan', value: 64 },
    ]);
    expect(conditionToLogic(all)).toEqual({ and: [{ '==': [{ var: 'livesAlone' }, false] }, { '>': [{ var: 'age' }, 64] }] });
    expect(conditionFromLogic(conditionToLogic(all))).toEqual(all);
    const any = { ...all, combinator: 'any' as const };
    expect(conditionToLogic(any)).toEqual({ or: expect.any(Array) });
    expect(conditionFromLogic(conditionToLogic(any))).toEqual(any);
  });

  it('writes the JSON Logic the demo forms use', () => {
    expect(conditionToLogic(model([{ field: 'voucherType', operator: 'equals', value: 'sad' }]))).toEqual({
      '==': [{ var: 'voucherType' }, 'sad'],
    });
    expect(conditionToLogic(model([{ field: 'needs', operator: 'includes', value: 'casa' }]))).toEqual({
      in: ['casa', { var: 'needs' }],
    });
  });

  it('has no expression without clauses, and clauses without a field are ignored', () => {
    expect(conditionToLogic(model([]))).toBeUndefined();
    expect(conditionToLogic(model([{ field: '', operator: 'equals', value: 'x' }]))).toBeUndefined();
    expect(conditionFromLogic(undefined)).toEqual(model([]));
  });

  it('gives null for what the builder cannot show (then edited as raw JSON)', () => {
    expect(conditionFromLogic({ '>=': [{ age: [{ var: 'birthDate' }] }, 18] })).toBeNull();
    expect(conditionFromLogic({ and: [{ '==': [{ var: 'a' }, 1] }, { or: [] }] })).toBeNull();
    expect(conditionFromLogic({ '==': [{ var: ['a', 0] }, 1] })).toBeNull();
    expect(conditionFromLogic(true)).toBeNull();
  });

  it('means what it says when the engine evaluates it', () => {
    const logic = conditionToLogic(
      model(
        [
          { field: 'needs', operator: 'includes', value: 'casa' },
          { field: 'income', operator: 'lessThan', value: 1000 },
        ],
        'any'
      )
    );
    expect(applyExpression(logic ?? null, { needs: ['lavoro', 'casa'] })).toBe(true);
    expect(applyExpression(logic ?? null, { needs: ['lavoro'], income: 500 })).toBe(true);
    expect(applyExpression(logic ?? null, { needs: ['lavoro'], income: 5000 })).toBe(false);
  });

  it('is accepted by the definition validator', () => {
    const definition: FormDefinition = {
      sections: [
        {
          key: 's',
          title: { it: 'S', en: 'S' },
          fields: [
            { type: 'boolean', key: 'livesAlone', label: { it: 'Solo', en: 'Alone' } },
            {
              type: 'text',
              key: 'caregiver',
              label: { it: 'Caregiver', en: 'Caregiver' },
              visibleWhen: conditionToLogic(model([{ field: 'livesAlone', operator: 'isFalse' }])),
            },
          ],
        },
      ],
    };
    expect(validateDefinition(definition)).toEqual([]);
  });
});

describe('operators offered for a field', () => {
  const t = { it: 'x', en: 'x' };
  it('fit its type', () => {
    expect(operatorsFor({ type: 'boolean', key: 'a', label: t })).toEqual(['isTrue', 'isFalse', 'isFilled', 'isEmpty']);
    expect(operatorsFor({ type: 'multipleChoice', key: 'a', label: t, options: [{ code: 'x', label: t }] })).toEqual([
      'includes',
      'isFilled',
      'isEmpty',
    ]);
    expect(operatorsFor({ type: 'calculated', key: 'a', label: t, expression: 1, resultType: 'integer' })).toContain(
      'greaterThan'
    );
    expect(operatorsFor({ type: 'date', key: 'a', label: t })).toContain('lessThan');
    expect(operatorsFor({ type: 'text', key: 'a', label: t })).toEqual(['equals', 'notEquals', 'oneOf', 'isFilled', 'isEmpty']);
  });
});

describe('conditions with ≥, ≤, "è uno tra", "non è compilato" and field-to-field comparisons', () => {
  const data = { isee: 6000, start: '2026-01-10', end: '2026-01-05', tenure: 'affitto', minors: 0 };
  const holds = (clause: ConditionClause) =>
    isTruthy(applyExpression(conditionToLogic(model([clause])) as JsonLogicExpression, data));

  it.each<[ConditionClause, JsonLogicExpression, boolean]>([
    [{ field: 'isee', operator: 'atLeast', value: 6000 }, { '>=': [{ var: 'isee' }, 6000] }, true],
    [{ field: 'isee', operator: 'atMost', value: 5999 }, { '<=': [{ var: 'isee' }, 5999] }, false],
    [
      { field: 'tenure', operator: 'oneOf', value: ['affitto', 'comodato'] },
      { in: [{ var: 'tenure' }, ['affitto', 'comodato']] },
      true,
    ],
    [{ field: 'tenure', operator: 'oneOf', value: ['proprieta'] }, { in: [{ var: 'tenure' }, ['proprieta']] }, false],
    [{ field: 'notes', operator: 'isEmpty' }, { '==': [{ var: 'notes' }, null] }, true],
    [{ field: 'minors', operator: 'isEmpty' }, { '==': [{ var: 'minors' }, null] }, false],
    [{ field: 'end', operator: 'lessThan', otherField: 'start' }, { '<': [{ var: 'end' }, { var: 'start' }] }, true],
    [{ field: 'end', operator: 'atLeast', otherField: 'start' }, { '>=': [{ var: 'end' }, { var: 'start' }] }, false],
  ])('%j', (clause, logic, expected) => {
    expect(conditionToLogic(model([clause]))).toEqual(logic);
    expect(conditionFromLogic(logic)).toEqual(model([clause]));
    expect(holds(clause)).toBe(expected);
  });

  it('offers other fields of the same kind to compare with', () => {
    const t = { it: 'x' };
    const fields = [
      { type: 'date' as const, key: 'start', label: t },
      { type: 'date' as const, key: 'end', label: t },
      { type: 'integer' as const, key: 'n', label: t },
    ];
    expect(comparableWith(fields[1], fields).map((field) => field.key)).toEqual(['start']);
  });
});
