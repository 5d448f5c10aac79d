import { applyExpression } from '../../../../../src/plugins/forms/shared';
import {
  emptyFormula,
  FORMULA_KINDS,
  formulaFromLogic,
  formulaToLogic,
  suggestedResultType,
  type FormulaModel,
} from '../formulas';

const NOW = new Date('2026-06-15T10:00:00Z');

describe('formula builder ↔ JSON Logic', () => {
  const examples: FormulaModel[] = [
    { kind: 'age', field: 'birthDate' },
    { kind: 'count', group: 'household' },
    { kind: 'sumOf', group: 'household', column: 'income' },
    {
      kind: 'weightedSum',
      terms: [
        { field: 'adults', weight: 1 },
        { field: 'minors', weight: 0.5 },
      ],
      constant: 1,
    },
    { kind: 'weightedSum', terms: [{ field: 'hours', weight: 4.33 }], constant: 0 },
    { kind: 'weightedSum', terms: [], constant: 0 },
  ];

  it.each(examples)('round-trips %j', (model) => {
    expect(formulaFromLogic(formulaToLogic(model))).toEqual(model);
  });

  it('computes an age from a date field', () => {
    const logic = formulaToLogic({ kind: 'age', field: 'birthDate' });
    expect(logic).toEqual({ age: [{ var: 'birthDate' }] });
    expect(applyExpression(logic, { birthDate: '1950-06-16' }, NOW)).toBe(75);
    expect(applyExpression(logic, { birthDate: '1950-06-15' }, NOW)).toBe(76);
  });

  it('counts the rows of a group and sums one of their fields', () => {
    const data = { household: [{ income: 1000 }, { income: 250.5 }, {}] };
    expect(applyExpression(formulaToLogic({ kind: 'count', group: 'household' }), data)).toBe(3);
    expect(applyExpression(formulaToLogic({ kind: 'sumOf', group: 'household', column: 'income' }), data)).toBe(1250.5);
  });

  it('weighs fields, an empty one counting as 0', () => {
    const logic = formulaToLogic({
      kind: 'weightedSum',
      terms: [
        { field: 'adults', weight: 1 },
        { field: 'minors', weight: 0.5 },
      ],
      constant: 1,
    });
    expect(logic).toEqual({ '+': [{ var: ['adults', 0] }, { '*': [{ var: ['minors', 0] }, 0.5] }, 1] });
    expect(applyExpression(logic, { adults: 2, minors: 3 })).toBe(4.5);
    expect(applyExpression(logic, { adults: 2 })).toBe(3);
  });

  it('reads formulas written by hand in the usual shapes', () => {
    expect(formulaFromLogic({ age: { var: 'born' } })).toEqual({ kind: 'age', field: 'born' });
    expect(formulaFromLogic({ '*': [2, { var: 'x' }] })).toEqual({
      kind: 'weightedSum',
      terms: [{ field: 'x', weight: 2 }],
      constant: 0,
    });
    expect(formulaFromLogic({ var: 'x' })).toEqual({ kind: 'weightedSum', terms: [{ field: 'x', weight: 1 }], constant: 0 });
  });

  it('gives null for what the builder cannot show', () => {
    expect(formulaFromLogic({ if: [{ var: 'a' }, 1, 2] })).toBeNull();
    expect(formulaFromLogic({ '+': [1, 2] })).toBeNull();
    expect(formulaFromLogic({ age: [{ var: 'a' }, '2020-01-01'] })).toBeNull();
    expect(formulaFromLogic({ '*': [{ var: 'a' }, { var: 'b' }] })).toBeNull();
  });

  it('suggests a result type and starts each kind empty', () => {
    expect(suggestedResultType({ kind: 'age', field: 'x' })).toBe('integer');
    expect(suggestedResultType({ kind: 'weightedSum', terms: [], constant: 0 })).toBe('number');
    for (const kind of FORMULA_KINDS) expect(emptyFormula(kind).kind).toBe(kind);
  });
});

describe('a formula being built', () => {
  it('keeps its kind while its field is still to be chosen', () => {
    for (const kind of ['age', 'count', 'sumOf'] as const)
      expect(formulaFromLogic(formulaToLogic(emptyFormula(kind)))).toEqual(emptyFormula(kind));
  });
});
