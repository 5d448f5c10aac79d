import fc from 'fast-check';
import { applyExpression, compileExpression, KNOWN_OPERATORS, type JsonValue } from '../../../src/plugins/forms/shared';

/*
 * The compiled conditions and calculations must give exactly what json-logic-js gives (the interpreter
 * the engine used before, still `applyExpression`): random expressions over every operator a definition
 * may use, evaluated on random answers, compared with Object.is semantics (-0, NaN, undefined vs missing).
 */

const OPERATORS = [...KNOWN_OPERATORS];
const NAMES = [
  'a',
  'b',
  'n',
  's',
  'd',
  'flag',
  'list',
  'rows',
  'rows.0.x',
  'a.b',
  'missing',
  '',
  'current',
  'accumulator',
  'x',
  'length',
  0,
  1,
];

/** Values an answer may hold, with the awkward ones over-represented. */
const scalar = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -0,
    1,
    -1,
    2.5,
    0.1,
    10,
    18,
    1e21,
    NaN,
    '',
    ' ',
    '0',
    '1',
    '12',
    ' 3 ',
    '2.5',
    'abc',
    'a',
    'true',
    'null'
  ),
  fc.constantFrom('2024-02-29', '2024-06-01', '2000-01-31', '2024-13-01', '2024-06-01T10:00:00Z', '1950-06-16'),
  fc.integer({ min: -100, max: 100 }),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 4 })
);

const answer: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, scalar, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 3 }),
  object: fc.dictionary(fc.constantFrom('a', 'b', 'x', 'n', 's', 'indexOf', 'length'), tie('value'), { maxKeys: 3 }),
})).value;

const data = fc.record(
  {
    a: answer,
    b: answer,
    n: fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constantFrom('7', '', null, 'x', 3.25)),
    s: fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('a', 'b', 'abc', '')),
    d: fc.constantFrom('2024-02-29', '1950-06-16', '2010-01-01', 'not a date', null, 20240101),
    flag: fc.oneof(fc.boolean(), fc.constantFrom(null, 0, 1, 'true', [])),
    list: fc.array(fc.oneof(scalar, fc.constantFrom('a', 'b', 'c')), { maxLength: 4 }),
    rows: fc.array(fc.record({ x: answer, n: fc.integer({ min: -5, max: 5 }) }, { requiredKeys: [] }), { maxLength: 4 }),
  },
  { requiredKeys: [] }
);

/** A `var`: a name, sometimes with a default, sometimes as a bare string, sometimes computed. */
const variable = (inner: fc.Arbitrary<JsonValue>): fc.Arbitrary<JsonValue> =>
  fc.oneof(
    fc.constantFrom(...NAMES).map((name) => ({ var: name })),
    fc
      .tuple(fc.constantFrom(...NAMES), fc.oneof(scalar, inner) as fc.Arbitrary<JsonValue>)
      .map(([name, fallback]) => ({ var: [name, fallback] })),
    fc.constant({ var: [] as JsonValue[] }),
    inner.map((computed) => ({ var: [computed] }))
  );

const expression: fc.Arbitrary<JsonValue> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar as fc.Arbitrary<JsonValue>,
    variable(tie('node') as fc.Arbitrary<JsonValue>),
    tie('operation'),
    tie('operation'),
    fc.array(tie('node'), { maxLength: 2 }) as fc.Arbitrary<JsonValue>
  ),
  operation: fc.oneof(
    // Any operator with 0–4 arguments, as a list or (sometimes) as a single bare argument.
    fc.tuple(fc.constantFrom(...OPERATORS), fc.array(tie('node'), { maxLength: 4 }), fc.boolean()).map(([op, args, bare]) => ({
      [op]: bare && args.length === 1 ? args[0] : args,
    })),
    // Iterations over the answers' lists, reading the items.
    fc
      .tuple(
        fc.constantFrom('map', 'filter', 'all', 'none', 'some', 'reduce'),
        fc.constantFrom({ var: 'list' }, { var: 'rows' }, { var: 'a' }, { var: 's' }),
        tie('node'),
        fc.option(tie('node'), { nil: undefined })
      )
      .map(([op, source, inner, initial]) => ({ [op]: initial === undefined ? [source, inner] : [source, inner, initial] })),
    fc
      .tuple(fc.constantFrom('missing', 'missing_some'), fc.array(fc.constantFrom(...NAMES), { maxLength: 3 }))
      .map(([op, names]) => (op === 'missing' ? { missing: names } : { missing_some: [1, names] })),
    fc.constantFrom<JsonValue>(
      { sum_of: [{ var: 'rows' }, 'n'] },
      { sum_of: [{ var: 'list' }] },
      { count: [{ var: 'rows' }] },
      { age: [{ var: 'd' }] }
    )
  ),
})).node as fc.Arbitrary<JsonValue>;

const instant = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(new Date('2024-06-01T08:00:00Z'), new Date('2024-12-31T23:30:00Z'), new Date('2025-02-28T23:00:00Z'))
);

/** Same value, with Object.is for numbers (so -0 and NaN count) and own keys compared, undefined included. */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length || keysA.some((key, i) => key !== keysB[i])) return false;
  return keysA.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

describe('compiled expressions', () => {
  it('give what the interpreter gives, for any expression over the allowed operators and any answers', () => {
    fc.assert(
      fc.property(expression, data, instant, (logic, answers, now) => {
        const interpreted = applyExpression(logic, answers, now);
        const compiled = compileExpression(logic)(answers, now);
        if (!same(compiled, interpreted)) {
          throw new Error(`compiled ${String(JSON.stringify(compiled))} ≠ interpreted ${String(JSON.stringify(interpreted))}`);
        }
      }),
      { numRuns: 4000 }
    );
  });

  it('give what the interpreter gives on the edge cases written out', () => {
    const cases: [JsonValue, Record<string, unknown>][] = [
      [{ '==': [{ var: 'n' }, '1'] }, { n: 1 }],
      [{ '===': [{ var: 'n' }, '1'] }, { n: 1 }],
      [{ '==': [{ var: 'n' }, null] }, {}],
      [{ '!=': [{ var: 'n' }, 0] }, { n: '' }],
      [{ '+': [{ var: 'a' }, { var: 'b' }] }, { a: '2', b: ' 3' }],
      [{ '+': [{ var: 'a' }] }, { a: 'x' }],
      [{ '+': [] }, {}],
      [{ '*': [] }, {}],
      [{ '*': [{ var: 'a' }] }, { a: '4' }],
      [{ '-': [{ var: 'a' }] }, { a: '4' }],
      [{ '-': [0] }, {}],
      [{ '/': [1, { var: 'z' }] }, {}],
      [{ '<': [1, { var: 'n' }, 3] }, { n: 2 }],
      [{ '<=': [1, { var: 'n' }, 'x'] }, { n: 2 }],
      [{ in: ['b', { var: 's' }] }, { s: 'abc' }],
      [{ in: ['b', { var: 'a' }] }, { a: { indexOf: 1 } }],
      [{ in: [1, { var: 'a' }] }, { a: 5 }],
      [{ cat: [{ var: 'a' }, null, 1, [1, 2]] }, { a: { b: 1 } }],
      [{ substr: [{ var: 's' }, 1, -1] }, { s: 'abcd' }],
      [{ var: 'a.b.c' }, { a: { b: null } }],
      [{ var: 's.length' }, { s: 'abc' }],
      [{ var: ['x', 0] }, { x: null }],
      [{ var: '' }, { x: 1 }],
      [{ missing: ['a', 'b'] }, { a: '', b: 0 }],
      [{ missing: [{ var: 'keys' }] }, { keys: ['a', 'c'], a: 1 }],
      [{ missing_some: [1, ['a', 'b']] }, { b: 2 }],
      [{ missing_some: [1, { var: 'keys' }] }, { keys: ['a', 'b'] }],
      [{ max: [] }, {}],
      [{ min: [{ var: 'a' }, '2'] }, { a: [] }],
      [{ merge: [{ var: 'a' }, [1], 2] }, { a: null }],
      [{ and: [] }, {}],
      [{ or: [0, '', []] }, {}],
      [{ if: [] }, {}],
      [{ if: [{ var: 'a' }] }, { a: 3 }],
      [{ if: [[], 1, 2] }, {}],
      [{ '!': [[]] }, {}],
      [{ '!!': ['0'] }, {}],
      [{ reduce: [{ var: 'list' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }] }, { list: [1, 2] }],
      [{ reduce: [{ var: 'list' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, 0] }, { list: [1, '2'] }],
      [{ all: [{ var: 'list' }, { var: '' }] }, { list: [] }],
      [{ none: [{ var: 'x' }, { var: '' }] }, {}],
      [{ filter: [{ var: 'rows' }, { '>': [{ var: 'n' }, 1] }] }, { rows: [{ n: 2 }, { n: 0 }, null] }],
      [{ map: [{ var: 'rows' }, { var: 'n' }] }, { rows: [{ n: 2 }, 3] }],
      [{ sum_of: [{ var: 'rows' }, 'n'] }, { rows: [{ n: 2 }, { n: '3' }, { n: 1.5 }] }],
      [{ count: [{ var: 'rows' }] }, { rows: 'abc' }],
      [{ age: [{ var: 'd' }] }, { d: '2000-06-02' }],
      [{ age: [{ var: 'd' }, '2024-06-01'] }, { d: '2000-06-01' }],
      [{ days_between: [{ var: 'd' }, { today: [] }] }, { d: '2024-05-01' }],
      [{ today: [] }, {}],
      [{ '==': [{ var: 'a' }, { var: 'b' }] }, { a: [], b: '' }],
      [[{ var: 'a' }, 1], { a: 2 }],
      [{ unknown: [1] } as JsonValue, {}],
    ];
    const now = new Date('2024-06-01T08:00:00Z');
    for (const [logic, answers] of cases) {
      const interpreted = applyExpression(logic, answers, now);
      expect({ logic, result: compileExpression(logic)(answers, now) }).toStrictEqual({ logic, result: interpreted });
    }
  });
});
