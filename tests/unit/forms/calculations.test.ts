import type { Field } from '../../../src/plugins/forms/shared';
import { applyExpression } from '../../../src/plugins/forms/shared';
import { NOW, evaluateWith, label } from './helpers';

const birthDate: Field = { type: 'date', ...label('birthDate') };
const age: Field = { type: 'calculated', ...label('age'), expression: { age: [{ var: 'birthDate' }] }, resultType: 'integer' };

const members: Field = {
  type: 'group',
  ...label('members'),
  fields: [
    { type: 'date', ...label('birthDate'), required: true },
    { type: 'calculated', ...label('age'), expression: { age: [{ var: 'birthDate' }] }, resultType: 'integer' },
    { type: 'boolean', ...label('disability') },
  ],
};
const householdSize: Field = {
  type: 'calculated',
  ...label('householdSize'),
  expression: { '+': [1, { count: [{ var: 'members' }] }] },
  resultType: 'integer',
};
const minors: Field = {
  type: 'calculated',
  ...label('minors'),
  expression: {
    count: [{ filter: [{ var: 'members' }, { and: [{ '!=': [{ var: 'age' }, null] }, { '<': [{ var: 'age' }, 18] }] }] }],
  },
  resultType: 'integer',
};

describe('calculated fields', () => {
  it('age: whole years from the birth date to today (in Italy)', () => {
    expect(evaluateWith([birthDate, age], { birthDate: '1985-06-01' }).data.age).toBe(39);
    expect(evaluateWith([birthDate, age], { birthDate: '1985-06-02' }).data.age).toBe(38);
    // 23:30 UTC on 31 May is already 1 June in Rome.
    const lateEvening = applyExpression({ age: ['1985-06-01'] }, {}, new Date('2024-05-31T23:30:00Z'));
    expect(lateEvening).toBe(39);
    expect(applyExpression({ today: [] }, {}, new Date('2024-05-31T23:30:00Z'))).toBe('2024-06-01');
  });

  it('age with no or an invalid birth date gives no value', () => {
    expect(evaluateWith([birthDate, age], {}).data).toEqual({});
    expect(evaluateWith([birthDate, age], { birthDate: '2024-13-01' }).data.age).toBeUndefined();
  });

  it('a value sent by the client for a calculated field is overwritten', () => {
    const result = evaluateWith([birthDate, age], { birthDate: '2010-01-15', age: 99 });
    expect(result.issues).toEqual([]);
    expect(result.data.age).toBe(14);
    const withoutInput = evaluateWith([birthDate, age], { age: 99 });
    expect(withoutInput.data).toEqual({});
  });

  it('count over a group and calculations per row, in dependency order', () => {
    // minors reads the rows' age, itself calculated: it must come after it although defined before.
    const result = evaluateWith([minors, householdSize, members], {
      members: [{ birthDate: '2015-03-01' }, { birthDate: '1980-01-01', age: 5 }, { birthDate: '2010-09-10' }],
    });
    expect(result.issues).toEqual([]);
    expect(result.data.members).toEqual([
      { birthDate: '2015-03-01', age: 9 },
      { birthDate: '1980-01-01', age: 44 },
      { birthDate: '2010-09-10', age: 13 },
    ]);
    expect(result.data.householdSize).toBe(4);
    expect(result.data.minors).toBe(2);
    expect(Object.keys(result.data)).toEqual(['minors', 'householdSize', 'members']);
  });

  it('a weighted priority score', () => {
    const fields: Field[] = [
      { type: 'boolean', ...label('eviction') },
      { type: 'boolean', ...label('domesticViolence') },
      { type: 'isee', ...label('isee') },
      members,
      minors,
      {
        type: 'calculated',
        ...label('score'),
        expression: {
          '+': [
            { if: [{ var: 'eviction' }, 30, 0] },
            { if: [{ var: 'domesticViolence' }, 25, 0] },
            { min: [20, { '*': [5, { var: 'minors' }] }] },
            { if: [{ some: [{ var: 'members' }, { var: 'disability' }] }, 10, 0] },
            {
              if: [
                { '==': [{ var: 'isee' }, null] },
                0,
                { '<=': [{ var: 'isee' }, 6000] },
                20,
                { '<=': [{ var: 'isee' }, 9360] },
                15,
                0,
              ],
            },
          ],
        },
        resultType: 'integer',
      },
    ];
    const input = {
      eviction: true,
      domesticViolence: false,
      isee: 7200,
      members: [{ birthDate: '2016-01-01' }, { birthDate: '2019-01-01', disability: true }],
    };
    expect(evaluateWith(fields, input).data.score).toBe(30 + 0 + 10 + 10 + 15);
    expect(evaluateWith(fields, { ...input, isee: undefined, eviction: false }).data.score).toBe(20);
  });

  it('sum_of, days_between and the result types', () => {
    const fields: Field[] = [
      { type: 'group', ...label('incomes'), fields: [{ type: 'currency', ...label('amount') }] },
      { type: 'calculated', ...label('total'), expression: { sum_of: [{ var: 'incomes' }, 'amount'] }, resultType: 'number' },
      { type: 'date', ...label('start') },
      { type: 'date', ...label('end') },
      {
        type: 'calculated',
        ...label('days'),
        expression: { days_between: [{ var: 'start' }, { var: 'end' }] },
        resultType: 'integer',
      },
      { type: 'calculated', ...label('summary'), expression: { cat: ['€ ', { var: 'total' }] }, resultType: 'text' },
      { type: 'calculated', ...label('long'), expression: { '>': [{ var: 'days' }, 30] }, resultType: 'boolean' },
      { type: 'calculated', ...label('firstDay'), expression: { var: 'start' }, resultType: 'date' },
    ];
    const { data, issues } = evaluateWith(fields, {
      incomes: [{ amount: 0.1 }, { amount: 0.2 }, {}],
      start: '2024-02-27',
      end: '2024-03-31',
    });
    expect(issues).toEqual([]);
    expect(data).toMatchObject({ total: 0.3, days: 33, summary: '€ 0.3', long: true, firstDay: '2024-02-27' });
  });

  it('an expression that fails gives no value instead of an error', () => {
    const fields: Field[] = [
      { type: 'text', ...label('name') },
      { type: 'calculated', ...label('initial'), expression: { substr: [{ var: 'name' }, 0, 1] }, resultType: 'text' },
      { type: 'calculated', ...label('ratio'), expression: { '/': [1, 0] }, resultType: 'number' },
    ];
    const result = evaluateWith(fields, { name: 'Giulia' });
    expect(result.data).toEqual({ name: 'Giulia', initial: 'G' });
  });

  it('a calculated field can be hidden (and is then not stored)', () => {
    const fields: Field[] = [
      { type: 'boolean', ...label('show') },
      { type: 'calculated', ...label('two'), expression: 2, resultType: 'integer', visibleWhen: { var: 'show' } },
      { type: 'calculated', ...label('twice'), expression: { '*': [{ var: ['two', 0] }, 2] }, resultType: 'integer' },
    ];
    expect(evaluateWith(fields, { show: true }).data).toEqual({ show: true, two: 2, twice: 4 });
    expect(evaluateWith(fields, { show: false }).data).toEqual({ show: false, twice: 0 });
  });

  it('"today" comes from the evaluation options', () => {
    const fields: Field[] = [{ type: 'calculated', ...label('today'), expression: { today: [] }, resultType: 'date' }];
    expect(evaluateWith(fields, {}).data.today).toBe('2024-06-01');
    expect(NOW.toISOString()).toBe('2024-06-01T08:00:00.000Z');
  });
});
