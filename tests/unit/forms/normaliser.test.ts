import fc from 'fast-check';
import type { Field } from '../../../src/plugins/forms/shared';
import { compileNormaliser } from '../../../src/plugins/forms/shared/compile-normaliser';
import { normaliseInput } from '../../../src/plugins/forms/shared/normalise-input';
import { evaluateWith, label, text } from './helpers';

// The generated normaliser must give exactly what the general one gives (key order included), or
// step aside (undefined) for the general one.
const fields: Field[] = [
  { type: 'text', ...label('name'), default: 'anonimo' },
  { type: 'fiscalCode', ...label('fiscalCode') },
  { type: 'integer', ...label('age'), default: 18 },
  { type: 'multipleChoice', ...label('needs'), options: [{ code: 'a', label: text('A') }], default: ['a'] },
  { type: 'calculated', ...label('score'), expression: { '+': [1, 1] }, resultType: 'integer' },
  {
    type: 'group',
    ...label('household'),
    fields: [
      { type: 'text', ...label('name') },
      { type: 'boolean', ...label('minor'), default: false },
    ],
  },
];

const value = fc.oneof(
  fc.constantFrom(undefined, null, '', '  ', ' rssmra80a01h501u ', 'x', 3, 0, false, [], ['a']),
  fc.string({ maxLength: 4 })
);
const row = fc.dictionary(fc.constantFrom('name', 'minor', 'extra'), value, { maxKeys: 3 });
const input = fc
  .dictionary(fc.constantFrom('name', 'fiscalCode', 'age', 'needs', 'score', 'unknown', '__proto__'), value, { maxKeys: 6 })
  .chain((base) =>
    fc
      .option(fc.array(fc.oneof(row, fc.constant(null), fc.constant('row')), { maxLength: 3 }), { nil: undefined })
      .map((rows) => (rows === undefined ? base : { ...base, household: rows }))
  );

/** Whether every key (of the form and of its rows) is a field holding a value. */
function onlyFields(data: Record<string, unknown>): boolean {
  const known = (keys: string[], object: Record<string, unknown>) =>
    Object.keys(object).every((key) => keys.includes(key) && object[key] !== undefined);
  const rows = Array.isArray(data.household) ? data.household : [];
  return (
    known(['name', 'fiscalCode', 'age', 'needs', 'score', 'household'], data) &&
    rows.every((item) => item === null || typeof item !== 'object' || known(['name', 'minor'], item as Record<string, unknown>))
  );
}

describe('generated normaliser', () => {
  const generated = compileNormaliser(fields)!;

  it('gives what normaliseInput gives, or steps aside when the input has unknown keys', () => {
    fc.assert(
      fc.property(input, (data) => {
        const fast = generated(data);
        const general = normaliseInput(fields, data);
        if (fast === undefined) {
          expect(onlyFields(data)).toBe(false);
          return;
        }
        expect(JSON.stringify(fast)).toBe(JSON.stringify(general));
        expect(fast).toEqual(general);
      }),
      { numRuns: 500 }
    );
  });

  it('takes a submission made only of fields, and refuses to guess about others', () => {
    expect(generated({ name: ' Anna ', fiscalCode: ' rssmra80a01h501u ', household: [{ name: 'Luca' }] })).toEqual({
      name: 'Anna',
      fiscalCode: 'RSSMRA80A01H501U',
      age: 18,
      needs: ['a'],
      household: [{ name: 'Luca', minor: false }],
    });
    expect(generated({ name: 'Anna', unknown: 1 })).toBeUndefined();
    expect(generated({ household: [{ name: 'Luca', extra: 1 }] })).toBeUndefined();
    expect(generated(JSON.parse('{"__proto__": {"name": "x"}}'))).toBeUndefined();
  });

  it('is not generated for keys found on Object.prototype (which definitions refuse anyway)', () => {
    expect(compileNormaliser([{ type: 'text', ...label('constructor') }])).toBeUndefined();
  });

  it('leaves unknown keys to the schema, which reports them', () => {
    const { issues } = evaluateWith([{ type: 'text', ...label('name') }], { name: 'a', other: 1 });
    expect(issues.map((issue) => issue.path)).toEqual(['other']);
  });
});
