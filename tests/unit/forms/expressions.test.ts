import {
  applyExpression,
  expressionDepth,
  listVariables,
  unknownOperators,
  type JsonLogicExpression,
} from '../../../src/plugins/forms/shared';
import { NOW } from './helpers';

describe('expressions', () => {
  it('age: whole years to today or to a given date', () => {
    expect(applyExpression({ age: [{ var: 'birth' }] }, { birth: '2006-06-01' }, NOW)).toBe(18);
    expect(applyExpression({ age: [{ var: 'birth' }] }, { birth: '2006-06-02' }, NOW)).toBe(17);
    expect(applyExpression({ age: ['2000-02-29', '2001-02-28'] }, {})).toBe(0);
    expect(applyExpression({ age: ['2000-02-29', '2001-03-01'] }, {})).toBe(1);
    expect(applyExpression({ age: [{ var: 'birth' }] }, {}, NOW)).toBeNull();
  });

  it('today, count, sum_of, days_between', () => {
    expect(applyExpression({ today: [] }, {}, NOW)).toBe('2024-06-01');
    expect(applyExpression({ count: [{ var: 'rows' }] }, { rows: [1, 2, 3] })).toBe(3);
    expect(applyExpression({ count: [{ var: 'rows' }] }, {})).toBe(0);
    expect(
      applyExpression({ sum_of: [{ var: 'rows' }, 'amount'] }, { rows: [{ amount: 2 }, { amount: 'x' }, {}, { amount: 3.5 }] })
    ).toBe(5.5);
    expect(applyExpression({ sum_of: [[1, 2, 3]] }, {})).toBe(6);
    expect(applyExpression({ days_between: ['2024-02-28', '2024-03-01'] }, {})).toBe(2);
    expect(applyExpression({ days_between: ['2024-03-01', '2024-02-28'] }, {})).toBe(-2);
    expect(applyExpression({ days_between: ['2024-03-01', 'domani'] }, {})).toBeNull();
  });

  it('an unknown operation or a failing one gives null instead of throwing', () => {
    expect(applyExpression({ nope: [1] }, {})).toBeNull();
  });

  it('registers its operations once: repeated use gives the same results', () => {
    for (let i = 0; i < 3; i += 1) expect(applyExpression({ count: [[1]] }, {})).toBe(1);
  });

  it('lists the variables read, with the rows they are read from', () => {
    const expression: JsonLogicExpression = {
      and: [
        { '>': [{ var: 'income' }, 0] },
        { missing: ['phone', 'email'] },
        { some: [{ var: 'members' }, { '<': [{ var: 'age' }, 18] }] },
        { reduce: [{ var: 'members' }, { '+': [{ var: 'current.income' }, { var: 'accumulator' }] }, 0] },
        { sum_of: [{ var: 'members' }, 'income'] },
        { var: 'household.0.birthDate' },
      ],
    };
    expect(listVariables(expression)).toEqual([
      { path: 'income', scope: [] },
      { path: 'phone', scope: [] },
      { path: 'email', scope: [] },
      { path: 'members', scope: [] },
      { path: 'age', scope: ['members'] },
      { path: 'members', scope: [] },
      { path: 'income', scope: ['members'] },
      { path: 'members', scope: [] },
      { path: 'income', scope: ['members'] },
      { path: 'household.0.birthDate', scope: [] },
    ]);
  });

  it('marks rows of arrays that are not a plain variable', () => {
    expect(listVariables({ map: [{ merge: [{ var: 'a' }, { var: 'b' }] }, { var: 'x' }] })).toEqual([
      { path: 'a', scope: [] },
      { path: 'b', scope: [] },
      { path: 'x', scope: [null] },
    ]);
  });

  it('measures depth and finds unknown operators', () => {
    expect(expressionDepth(3)).toBe(0);
    expect(expressionDepth({ var: 'x' })).toBe(1);
    expect(expressionDepth({ and: [{ var: 'x' }, { '!': { var: 'y' } }] })).toBe(3);
    expect(unknownOperators({ and: [{ var: 'x' }, { shell: ['rm'] }, { a: 1, b: 2 }] })).toEqual(['shell', '{a, b}']);
  });
});
