import type { Field } from '../../../src/plugins/forms/shared';
import { evaluateWith, expectBilingual, issueAt, label } from './helpers';

/** Given a form with one field `value`, a good value is stored as is and bad ones are refused on `value`. */
function check(field: Field, good: unknown[], bad: { value: unknown; it?: string; en?: string }[]) {
  for (const value of good) {
    const result = evaluateWith([field], { [field.key]: value });
    expect({ value, issues: result.issues }).toEqual({ value, issues: [] });
    expect(result.data[field.key]).toEqual(value);
  }
  for (const { value, it, en } of bad) {
    const { issues } = evaluateWith([field], { [field.key]: value });
    const issue = issueAt(issues, field.key);
    expectBilingual(issue);
    if (it) expect(issue.it).toContain(it);
    if (en) expect(issue.en).toContain(en);
  }
}

describe('field types', () => {
  it('text: length bounds and pattern', () => {
    check(
      { type: 'text', ...label('value'), minLength: 2, maxLength: 5, pattern: '^[A-Z]+$' },
      ['AB', 'ABCDE'],
      [
        { value: 'A', it: 'almeno 2 caratteri', en: 'at least 2 characters' },
        { value: 'ABCDEF', it: 'al massimo 5 caratteri', en: 'at most 5 characters' },
        { value: 'ab', it: 'formato non valido', en: 'invalid format' },
        { value: 12, it: 'deve essere un testo', en: 'must be text' },
      ]
    );
  });

  it('text: a default maximum length applies when none is set', () => {
    check({ type: 'text', ...label('value') }, ['x'.repeat(500)], [{ value: 'x'.repeat(501), en: 'at most 500 characters' }]);
  });

  it('longText', () => {
    check(
      { type: 'longText', ...label('value'), maxLength: 20 },
      ['riga 1\nriga 2'],
      [
        { value: 'x'.repeat(21), en: 'at most 20 characters' },
        { value: ['a'], en: 'must be text' },
      ]
    );
  });

  it('integer: whole numbers within bounds, multiples of step', () => {
    check(
      { type: 'integer', ...label('value'), min: 0, max: 10, step: 2 },
      [0, 4, 10],
      [
        { value: 2.5, it: 'deve essere un numero intero', en: 'must be a whole number' },
        { value: '4', en: 'must be a whole number' },
        { value: -2, it: 'deve essere almeno 0', en: 'must be at least 0' },
        { value: 12, it: 'non può superare 10', en: 'must be at most 10' },
        { value: 3, en: 'must be a multiple of 2' },
      ]
    );
  });

  it('decimal: numbers with decimals, step tolerant of binary rounding', () => {
    check(
      { type: 'decimal', ...label('value'), min: 0.5, max: 20, step: 0.1 },
      [0.5, 0.3 + 0.4, 19.9],
      [
        { value: 0.55, en: 'must be a multiple of 0.1' },
        { value: 0.4, it: 'deve essere almeno 0,5', en: 'must be at least 0.5' },
        { value: 'tre', en: 'must be a number' },
      ]
    );
  });

  it('currency: euro amounts with at most two decimals', () => {
    check(
      { type: 'currency', ...label('value'), min: 0, max: 1000 },
      [0, 12.5, 0.1 + 0.2, 999.99],
      [
        { value: 10.123, it: 'al massimo due decimali', en: 'at most two decimals' },
        { value: -1, en: 'must be at least 0' },
        { value: 1000.01, en: 'must be at most 1,000' },
        { value: '10', en: 'must be an amount in euro' },
      ]
    );
  });

  it('isee: non-negative euro amounts', () => {
    check(
      { type: 'isee', ...label('value') },
      [0, 9360, 15000.5],
      [
        { value: -100, en: 'must be at least 0' },
        { value: 1.005, en: 'at most two decimals' },
        { value: 'basso', en: 'must be an ISEE amount' },
      ]
    );
  });

  it('date: real calendar dates within bounds', () => {
    check(
      { type: 'date', ...label('value'), min: '2000-01-01', max: '2030-12-31' },
      ['2000-01-01', '2024-02-29'],
      [
        { value: '2023-02-29', it: 'data non valida', en: 'invalid date' },
        { value: '01/02/2024', en: 'invalid date' },
        { value: '1999-12-31', it: 'non può essere prima del 2000-01-01', en: 'must not be before 2000-01-01' },
        { value: '2031-01-01', en: 'must not be after 2030-12-31' },
        { value: 20240101, en: 'must be a date' },
      ]
    );
  });

  it('datetime: RFC 3339 with seconds and time zone', () => {
    check(
      { type: 'datetime', ...label('value') },
      ['2024-03-01T09:30:00+01:00', '2024-03-01T08:30:00Z'],
      [
        { value: '2024-03-01T09:30', en: 'invalid date and time' },
        { value: '2024-03-01', en: 'invalid date and time' },
      ]
    );
  });

  it('boolean', () => {
    check(
      { type: 'boolean', ...label('value') },
      [true, false],
      [{ value: 'sì', it: 'deve essere sì o no', en: 'must be yes or no' }]
    );
  });

  it('singleChoice: one of the option codes', () => {
    const options = [
      { code: 'si', label: { it: 'Sì', en: 'Yes' } },
      { code: 'no', label: { it: 'No', en: 'No' } },
    ];
    check(
      { type: 'singleChoice', ...label('value'), options },
      ['si', 'no'],
      [
        { value: 'forse', it: 'non tra le opzioni', en: 'not one of the allowed options' },
        { value: ['si'], en: 'must be the code of an option' },
      ]
    );
  });

  it('multipleChoice: distinct option codes, selection bounds', () => {
    const options = ['a', 'b', 'c'].map((code) => ({ code, label: { it: code, en: code } }));
    check(
      { type: 'multipleChoice', ...label('value'), options, minSelected: 2, maxSelected: 2 },
      [['a', 'b']],
      [
        { value: ['a'], it: 'selezionare almeno 2 opzioni', en: 'select at least 2 options' },
        { value: ['a', 'b', 'c'], en: 'select at most 2 options' },
        { value: ['a', 'a'], en: 'repeated values' },
        { value: 'a', en: 'must be a list of option codes' },
      ]
    );
    const { issues } = evaluateWith([{ type: 'multipleChoice', ...label('value'), options }], { value: ['a', 'z'] });
    expect(issueAt(issues, 'value.1').en).toBe('not one of the allowed options');
  });

  it('email', () => {
    check(
      { type: 'email', ...label('value') },
      ['mario.rossi@comune.cernuscosulnaviglio.mi.it'],
      [{ value: 'mario.rossi@', it: 'indirizzo email non valido', en: 'invalid email address' }]
    );
  });

  it('phone: 6 to 15 digits, optional +, common separators', () => {
    check(
      { type: 'phone', ...label('value') },
      ['02 9278 1234', '+39 333 123 4567', '333-1234567', '02/92781234'],
      [
        { value: '12345', it: 'numero di telefono non valido', en: 'invalid phone number' },
        { value: 'chiamare Mario', en: 'invalid phone number' },
        { value: '+39 333 123 4567 8901', en: 'invalid phone number' },
      ]
    );
  });

  it('fiscalCode: checksum verified, stored upper case', () => {
    check(
      { type: 'fiscalCode', ...label('value') },
      ['RSSMRA85T10A562S', 'RSSMRA85T10A56NH'],
      [
        { value: 'RSSMRA85T10A562T', it: 'codice fiscale non valido', en: 'invalid fiscal code' },
        { value: 'RSSMRA85T10A562', en: 'invalid fiscal code' },
      ]
    );
    const result = evaluateWith([{ type: 'fiscalCode', ...label('value') }], { value: ' rssmra85t10a562s ' });
    expect(result.issues).toEqual([]);
    expect(result.data.value).toBe('RSSMRA85T10A562S');
  });

  it('reference: a documentId', () => {
    check(
      { type: 'reference', ...label('value'), target: 'municipality' },
      ['k3j2h1g4f5d6s7a8p9o0i1u2'],
      [
        { value: 'not an id!', it: 'riferimento non valido', en: 'invalid reference' },
        { value: 42, en: 'must be the documentId of a record' },
      ]
    );
  });

  it('file: an upload reference with an accepted type and size', () => {
    const field: Field = { type: 'file', ...label('value'), accept: ['application/pdf', 'image/*'], maxSizeMb: 1 };
    check(
      field,
      [
        { id: 7, name: 'relazione.pdf', mime: 'application/pdf', size: 1024 },
        { id: 8, name: 'foto.jpg', mime: 'image/jpeg', size: 1048576 },
      ],
      [{ value: 'relazione.pdf', en: 'must be an uploaded file' }]
    );
    const wrongType = evaluateWith([field], { value: { id: 7, name: 'a.exe', mime: 'application/x-msdownload', size: 10 } });
    expect(issueAt(wrongType.issues, 'value.mime').en).toBe('file type not allowed (allowed: application/pdf, image/*)');
    const tooBig = evaluateWith([field], { value: { id: 7, name: 'a.pdf', mime: 'application/pdf', size: 2 * 1048576 } });
    expect(issueAt(tooBig.issues, 'value.size').it).toBe('file troppo grande (massimo 1 MB)');
    const incomplete = evaluateWith([field], { value: { id: 7, name: 'a.pdf', mime: 'application/pdf', url: '/x' } });
    expect(issueAt(incomplete.issues, 'value.size').en).toBe('required');
    expect(issueAt(incomplete.issues, 'value.url').en).toBe('unknown field');
  });

  it('group: rows of the group fields, with nested paths', () => {
    const field: Field = {
      type: 'group',
      ...label('value'),
      fields: [
        { type: 'text', ...label('name'), required: true },
        { type: 'integer', ...label('year'), min: 1900 },
      ],
    };
    check(
      field,
      [[{ name: 'Anna', year: 1990 }, { name: 'Luca' }]],
      [{ value: { name: 'Anna' }, it: 'deve essere un elenco di righe', en: 'must be a list of rows' }]
    );
    const { issues } = evaluateWith([field], { value: [{ name: 'Anna', year: 1800 }, 'Luca'] });
    expect(issueAt(issues, 'value.0.year').en).toBe('must be at least 1,900');
    expect(issueAt(issues, 'value.1').en).toBe('each row must be an object');
  });

  it('calculated: never accepted from the client (see calculations)', () => {
    const result = evaluateWith([{ type: 'calculated', ...label('value'), expression: 1, resultType: 'integer' }], { value: 99 });
    expect(result.issues).toEqual([]);
    expect(result.data.value).toBe(1);
  });

  it('empty answers (null, blank text, no option) count as not given', () => {
    const fields: Field[] = [
      { type: 'text', ...label('name'), required: true },
      { type: 'integer', ...label('count') },
      { type: 'multipleChoice', ...label('tags'), options: [{ code: 'a', label: { it: 'a', en: 'a' } }], minSelected: 1 },
    ];
    const result = evaluateWith(fields, { name: '   ', count: null, tags: [] });
    expect(result.data).toEqual({});
    expect(result.issues.map((issue) => issue.message)).toEqual(['name: obbligatorio / name: required']);
  });

  it('refuses a submission that is not an object', () => {
    for (const input of [null, [], 'x', 3]) {
      const { issues } = evaluateWith([{ type: 'text', ...label('name') }], input);
      expect(issues).toHaveLength(1);
      expect(issues[0].path).toBe('');
      expect(issues[0].en).toBe('must be an object');
    }
  });
});
