import type { CrossFieldRule, Field } from '../../../src/plugins/forms/shared';
import { evaluateWith, expectBilingual, issueAt, label, pathsOf, text } from './helpers';

const dates: Field[] = [
  { type: 'date', ...label('start') },
  { type: 'date', ...label('end') },
];
const endAfterStart: CrossFieldRule = {
  key: 'endAfterStart',
  when: { and: [{ var: 'start' }, { var: 'end' }] },
  assert: { '>': [{ var: 'end' }, { var: 'start' }] },
  message: text('la fine deve seguire l’inizio', 'the end must come after the start'),
  paths: ['end'],
};
const contacts: Field[] = [
  { type: 'phone', ...label('phone') },
  { type: 'email', ...label('email') },
];
const atLeastOneContact: CrossFieldRule = {
  key: 'contact',
  assert: { or: [{ '!!': { var: 'phone' } }, { '!!': { var: 'email' } }] },
  message: text('indicare almeno un recapito', 'give at least one contact'),
  paths: ['phone', 'email'],
};

describe('cross-field rules', () => {
  it('end date after start date', () => {
    expect(evaluateWith(dates, { start: '2024-01-10', end: '2024-02-01' }, [endAfterStart]).issues).toEqual([]);
    const { issues } = evaluateWith(dates, { start: '2024-01-10', end: '2024-01-10' }, [endAfterStart]);
    expect(pathsOf(issues)).toEqual(['end']);
    expectBilingual(issues[0]);
    expect(issues[0].message).toBe('end: la fine deve seguire l’inizio / end: the end must come after the start');
  });

  it('a rule whose `when` does not hold is skipped', () => {
    expect(evaluateWith(dates, { end: '2020-01-01' }, [endAfterStart]).issues).toEqual([]);
  });

  it('at least one contact, shown on both fields', () => {
    expect(evaluateWith(contacts, { email: 'a@example.org' }, [atLeastOneContact]).issues).toEqual([]);
    expect(pathsOf(evaluateWith(contacts, {}, [atLeastOneContact]).issues)).toEqual(['email', 'phone']);
  });

  it('a rule is not repeated on a field that already has an issue', () => {
    const fields: Field[] = [contacts[0], { type: 'email', ...label('email'), required: true }];
    const { issues } = evaluateWith(fields, {}, [atLeastOneContact]);
    expect(issues.map((issue) => issue.message)).toEqual([
      'email: obbligatorio / email: required',
      'phone: indicare almeno un recapito / phone: give at least one contact',
    ]);
  });

  it('an invalid value is reported by its field; for the rule it was given', () => {
    const { issues } = evaluateWith(contacts, { phone: '12' }, [atLeastOneContact]);
    expect(issues.map((issue) => issue.message)).toEqual(['phone: numero di telefono non valido / phone: invalid phone number']);
  });

  it('a rule whose fields are all hidden is skipped', () => {
    const fields: Field[] = [
      { type: 'boolean', ...label('contactable') },
      ...contacts.map((field) => ({ ...field, visibleWhen: { var: 'contactable' } })),
    ];
    expect(evaluateWith(fields, { contactable: false }, [atLeastOneContact]).issues).toEqual([]);
    expect(evaluateWith(fields, { contactable: true }, [atLeastOneContact]).issues).toHaveLength(2);
  });
});

const household: Field = {
  type: 'group',
  ...label('household'),
  minItems: 1,
  maxItems: 3,
  fields: [
    { type: 'text', ...label('name'), required: true },
    { type: 'date', ...label('birthDate'), required: true },
    {
      type: 'group',
      ...label('incomes'),
      maxItems: 2,
      fields: [{ type: 'currency', ...label('amount'), required: true }],
    },
  ],
};

describe('repeatable groups', () => {
  it('accepts rows within min/max', () => {
    const result = evaluateWith([household], {
      household: [{ name: 'Anna', birthDate: '1990-01-01', incomes: [{ amount: 800 }] }],
    });
    expect(result.issues).toEqual([]);
  });

  it('minItems: an absent or empty group', () => {
    for (const input of [{}, { household: [] }]) {
      const { issues } = evaluateWith([household], input);
      expect(issues).toHaveLength(1);
      expect(issueAt(issues, 'household').en).toBe('add at least one row');
    }
  });

  it('maxItems', () => {
    const row = { name: 'A', birthDate: '1990-01-01' };
    const { issues } = evaluateWith([household], { household: [row, row, row, row] });
    expect(issueAt(issues, 'household').it).toBe('al massimo 3 righe');
  });

  it('a required group needs one row', () => {
    const { issues } = evaluateWith(
      [{ type: 'group', ...label('rows'), required: true, fields: [{ type: 'text', ...label('x') }] }],
      {}
    );
    expect(issueAt(issues, 'rows').en).toBe('add at least one row');
  });

  it('names nested paths: row index and field, groups inside groups', () => {
    const { issues } = evaluateWith([household], {
      household: [
        { name: 'Anna', birthDate: '1990-01-01' },
        { name: 'Luca', birthDate: '31/12/2000' },
        { birthDate: '2001-01-01', incomes: [{ amount: 10 }, { amount: 1.234 }, {}] },
      ],
    });
    expect(pathsOf(issues)).toEqual([
      'household.1.birthDate',
      'household.2.incomes',
      'household.2.incomes.1.amount',
      'household.2.incomes.2.amount',
      'household.2.name',
    ]);
    expect(issueAt(issues, 'household.2.incomes.2.amount').en).toBe('required');
    expect(issueAt(issues, 'household.2.incomes').en).toBe('at most 2 rows');
    issues.forEach(expectBilingual);
  });
});

describe('unknown keys', () => {
  it('are refused at the top, in rows and in file values', () => {
    const fields: Field[] = [household, { type: 'file', ...label('document') }];
    const { issues, data } = evaluateWith(fields, {
      household: [{ name: 'Anna', birthDate: '1990-01-01', nickname: 'Annina' }],
      document: { id: 1, name: 'a.pdf', mime: 'application/pdf', size: 10, owner: 'x' },
      isAdmin: true,
    });
    expect(pathsOf(issues)).toEqual(['document.owner', 'household.0.nickname', 'isAdmin']);
    issues.forEach((issue) => {
      expect(issue.it).toBe('campo sconosciuto');
      expect(issue.en).toBe('unknown field');
    });
    expect(data.isAdmin).toBeUndefined();
    expect(data.household).toEqual([{ name: 'Anna', birthDate: '1990-01-01' }]);
  });

  it('a "__proto__" key is just an unknown key', () => {
    const input = JSON.parse('{"name": "Anna", "__proto__": {"polluted": true}}');
    const { issues, data } = evaluateWith([{ type: 'text', ...label('name') }], input);
    expect(pathsOf(issues)).toEqual(['__proto__']);
    expect(Object.keys(data)).toEqual(['name']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
