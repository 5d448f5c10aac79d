import fc from 'fast-check';
import { compileForm } from '../../../src/plugins/forms/shared';
import { definitionOf, label } from './helpers';

describe('properties', () => {
  it('an integer field with min/max accepts exactly the integers in range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.oneof(fc.integer({ min: -3000, max: 3000 }), fc.double({ min: -3000, max: 3000, noNaN: true })),
        (min, width, value) => {
          const max = min + width;
          const form = compileForm(definitionOf([{ type: 'integer', ...label('n'), min, max }]));
          const { issues, data } = form.evaluate({ n: value });
          const expected = Number.isInteger(value) && value >= min && value <= max;
          expect(issues.length === 0).toBe(expected);
          if (expected) expect(data.n).toBe(value);
          else expect([...new Set(issues.map((issue) => issue.path))]).toEqual(['n']);
        }
      ),
      { numRuns: 300 }
    );
  });

  it('a currency amount is accepted exactly when it has at most two decimals', () => {
    const form = compileForm(definitionOf([{ type: 'currency', ...label('amount') }]));
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 1, max: 9 }), (cents, extra) => {
        expect(form.evaluate({ amount: cents / 100 }).issues).toEqual([]);
        expect(form.evaluate({ amount: cents / 100 + extra / 1000 }).issues).toHaveLength(1);
      }),
      { numRuns: 300 }
    );
  });

  it('evaluating the stored data again gives the same data (idempotent)', () => {
    const form = compileForm(
      definitionOf([
        { type: 'boolean', ...label('flag') },
        { type: 'integer', ...label('n'), default: 1, visibleWhen: { var: 'flag' } },
        { type: 'calculated', ...label('double'), expression: { '*': [{ var: ['n', 0] }, 2] }, resultType: 'integer' },
      ])
    );
    fc.assert(
      fc.property(
        fc.record({ flag: fc.boolean(), n: fc.option(fc.integer({ min: -50, max: 50 }), { nil: undefined }) }),
        (input) => {
          const once = form.evaluate(input).data;
          expect(form.evaluate(once).data).toEqual(once);
        }
      )
    );
  });
});
