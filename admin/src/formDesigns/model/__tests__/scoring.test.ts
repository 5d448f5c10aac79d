import { applyExpression, validateDefinition, type FormDefinition } from '../../../../../src/plugins/forms/shared';
import { asScore, formulaFromLogic, formulaToLogic, type FormulaModel } from '../formulas';
import { scoreFromLogic, scoreToLogic, type ScoreRule } from '../scoring';

/** The housing priority of issue 14: 10 if eviction, 2 per minor, 5 if disability, 5 if ISEE < 6,000. */
const HOUSING: ScoreRule[] = [
  { rule: 'whenValue', field: 'sfratto', value: true, points: 10 },
  { rule: 'perUnit', field: 'figliMinori', points: 2 },
  { rule: 'whenValue', field: 'disabilita', value: true, points: 5 },
  { rule: 'bands', field: 'isee', bands: [{ below: 6000, points: 5 }], otherwise: 0 },
];

const score = (data: Record<string, unknown>) => applyExpression(scoreToLogic(HOUSING), data);

describe('scoring builder → JSON Logic', () => {
  it('writes the housing priority as one sum of rules', () => {
    expect(scoreToLogic(HOUSING)).toEqual({
      '+': [
        { if: [{ '==': [{ var: 'sfratto' }, true] }, 10, 0] },
        { '*': [2, { var: ['figliMinori', 0] }] },
        { if: [{ '==': [{ var: 'disabilita' }, true] }, 5, 0] },
        { if: [{ '==': [{ var: 'isee' }, null] }, 0, { '<': [{ var: 'isee' }, 6000] }, 5, 0] },
      ],
    });
  });

  it('computes the housing priority', () => {
    expect(score({ sfratto: true, figliMinori: 3, disabilita: true, isee: 5000 })).toBe(26);
    expect(score({ sfratto: false, figliMinori: 1, disabilita: false, isee: 6000 })).toBe(2);
    expect(score({ isee: 0 })).toBe(5);
  });

  it('gives no points for an unanswered field (an empty ISEE is not below 6,000)', () => {
    expect(score({})).toBe(0);
  });

  it('scores a single choice by its code and a multiple choice among the selected codes', () => {
    const rules: ScoreRule[] = [
      { rule: 'whenValue', field: 'abitazione', value: 'senza_casa', points: 8 },
      { rule: 'whenValue', field: 'fragilita', value: 'anziano', points: 3, multiple: true },
    ];
    const logic = scoreToLogic(rules);
    expect(applyExpression(logic, { abitazione: 'senza_casa', fragilita: ['anziano', 'disabile'] })).toBe(11);
    expect(applyExpression(logic, { abitazione: 'affitto' })).toBe(0);
  });

  it('takes the first band the value is below, whatever order the bands were entered in', () => {
    const logic = scoreToLogic([
      {
        rule: 'bands',
        field: 'isee',
        bands: [
          { below: 12000, points: 2 },
          { below: 6000, points: 5 },
        ],
        otherwise: 0,
      },
    ]);
    expect(applyExpression(logic, { isee: 3000 })).toBe(5);
    expect(applyExpression(logic, { isee: 9000 })).toBe(2);
    expect(applyExpression(logic, { isee: 20000 })).toBe(0);
  });

  it('reads back what it wrote', () => {
    const sorted = HOUSING;
    expect(scoreFromLogic(scoreToLogic(HOUSING))).toEqual(sorted);
    expect(formulaFromLogic(formulaToLogic({ kind: 'score', rules: HOUSING }))).toEqual({ kind: 'score', rules: HOUSING });
  });

  it('leaves out rules whose field is not chosen yet; no rule is 0', () => {
    expect(scoreToLogic([{ rule: 'perUnit', field: '', points: 3 }])).toBe(0);
    expect(formulaFromLogic(0)).not.toBeNull();
  });

  it('does not take a hand-written formula for a score', () => {
    expect(scoreFromLogic({ '+': [{ if: [{ '>': [{ var: 'a' }, 1] }, 3, 0] }] })).toBeNull();
    expect(scoreFromLogic({ max: [1, 2] })).toBeNull();
  });

  it('shows a weighted sum as a score of points per unit', () => {
    const sum: FormulaModel = { kind: 'weightedSum', terms: [{ field: 'minori', weight: 2 }], constant: 0 };
    expect(asScore(sum)).toEqual({ kind: 'score', rules: [{ rule: 'perUnit', field: 'minori', points: 2 }] });
    expect(applyExpression(formulaToLogic(asScore(sum)), { minori: 2 })).toBe(
      applyExpression(formulaToLogic(sum), { minori: 2 })
    );
  });

  it('is accepted by the definition validator as a calculated field', () => {
    const definition: FormDefinition = {
      sections: [
        {
          key: 'nucleo',
          title: { it: 'Nucleo' },
          fields: [
            { type: 'boolean', key: 'sfratto', label: { it: 'Sfratto' } },
            { type: 'integer', key: 'figliMinori', label: { it: 'Figli minori' } },
            { type: 'boolean', key: 'disabilita', label: { it: 'Disabilità' } },
            { type: 'isee', key: 'isee', label: { it: 'ISEE' } },
            {
              type: 'calculated',
              key: 'punteggio',
              label: { it: 'Punteggio' },
              resultType: 'number',
              expression: scoreToLogic(HOUSING),
            },
          ],
        },
      ],
    };
    expect(validateDefinition(definition)).toEqual([]);
  });
});
