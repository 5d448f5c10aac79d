import type { Field } from '../../../../../src/plugins/forms/shared';
import { localInputToRfc3339, rfc3339ToLocalInput } from '../datetimes';
import { emptyRow, toData, toFormValues } from '../formValues';
import { formatNumberInput, parseNumberInput } from '../numbers';

const t = (text: string) => ({ it: text, en: text });
const fields: Field[] = [
  { type: 'text', key: 'name', label: t('Nome') },
  { type: 'decimal', key: 'hours', label: t('Ore'), default: 2.5 },
  { type: 'currency', key: 'amount', label: t('Importo') },
  { type: 'boolean', key: 'alone', label: t('Solo') },
  { type: 'multipleChoice', key: 'needs', label: t('Bisogni'), options: [{ code: 'a', label: t('A') }] },
  { type: 'datetime', key: 'at', label: t('Quando') },
  { type: 'calculated', key: 'total', label: t('Totale'), expression: 1, resultType: 'number' },
  {
    type: 'group',
    key: 'members',
    label: t('Componenti'),
    fields: [{ type: 'integer', key: 'age', label: t('Età'), default: 18 }],
  },
];

describe('numbers typed in a text box', () => {
  it('read a decimal comma or point, and keep what is not a number for the validator to report', () => {
    expect(parseNumberInput('12,5')).toBe(12.5);
    expect(parseNumberInput(' 12.5 ')).toBe(12.5);
    expect(parseNumberInput('1.234,50')).toBe(1234.5);
    expect(parseNumberInput('-3')).toBe(-3);
    expect(parseNumberInput('')).toBe('');
    expect(parseNumberInput('dodici')).toBe('dodici');
    expect(parseNumberInput('1,2,3')).toBe('1,2,3');
  });

  it('are shown with the decimal comma in Italian', () => {
    expect(formatNumberInput(2.5, 'it')).toBe('2,5');
    expect(formatNumberInput(2.5, 'en')).toBe('2.5');
    expect(formatNumberInput(undefined, 'it')).toBe('');
  });
});

describe('date-times', () => {
  it('go from the local input to RFC 3339 with seconds and offset, and back', () => {
    const stored = localInputToRfc3339('2024-03-01T09:30');
    expect(stored).toMatch(/^2024-03-01T09:30:00[+-]\d{2}:\d{2}$/);
    expect(rfc3339ToLocalInput(stored)).toBe('2024-03-01T09:30');
    expect(localInputToRfc3339('not a date')).toBe('not a date');
    expect(rfc3339ToLocalInput(undefined)).toBe('');
  });
});

describe('form values ↔ data', () => {
  it('start a new submission from the defaults', () => {
    expect(toFormValues(fields, {}, 'it', true)).toEqual({
      name: '',
      hours: '2,5',
      amount: '',
      alone: null,
      needs: [],
      at: '',
      members: [],
    });
    expect(emptyRow((fields[7] as { fields: Field[] }).fields, 'it')).toEqual({ age: '18' });
  });

  it('turn typed values into the data the engine reads: numbers parsed, empty answers left out, calculated dropped', () => {
    const values = {
      name: ' Anna ',
      hours: '3,5',
      amount: '',
      alone: false,
      needs: [],
      at: '',
      total: 99,
      members: [{ age: '40' }, { age: '' }],
      stray: 'x',
    };
    expect(toData(fields, values)).toEqual({ name: ' Anna ', hours: 3.5, alone: false, members: [{ age: 40 }, {}] });
  });

  it('round-trip stored data', () => {
    const data = { name: 'Anna', hours: 3.5, amount: 12.3, alone: true, needs: ['a'], members: [{ age: 40 }], total: 5 };
    const values = toFormValues(fields, data, 'en');
    const { total: _total, ...stored } = data;
    expect(toData(fields, values)).toEqual(stored);
  });
});
