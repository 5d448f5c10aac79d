import { checkScalar, relationDocumentIds } from '../../src/validation/attribute-checks';

describe('checkScalar', () => {
  it('names the field and lists the allowed values of an enumeration in both languages', () => {
    const [problem] = checkScalar(['procurementMode'], { type: 'enumeration', enum: ['appalto', 'accreditamento'] }, 'asta');
    expect(problem.path).toEqual(['procurementMode']);
    expect(problem.it).toContain('appalto, accreditamento');
    expect(problem.en).toContain('value not allowed');
    expect(problem.message).toBe(`procurementMode: ${problem.it} / procurementMode: ${problem.en}`);
  });

  it('rejects impossible calendar dates and accepts real ones', () => {
    expect(checkScalar(['validFrom'], { type: 'date' }, '2025-02-30')).toHaveLength(1);
    expect(checkScalar(['validFrom'], { type: 'date' }, '30/01/2025')).toHaveLength(1);
    expect(checkScalar(['validFrom'], { type: 'date' }, '2024-02-29')).toHaveLength(0);
  });

  it('checks text length, pattern and email', () => {
    expect(checkScalar(['name'], { type: 'string', maxLength: 3 }, 'abcd')[0].en).toBe('at most 3 characters');
    expect(checkScalar(['code'], { type: 'string', regex: '^[a-z-]+$' }, 'Bad Code')[0].en).toBe('invalid format');
    expect(checkScalar(['contactEmail'], { type: 'email' }, 'not-an-email')[0].en).toBe('invalid email address');
    expect(checkScalar(['name'], { type: 'string' }, 42)[0].en).toBe('must be text');
  });

  it('checks numbers: type, integer, bounds', () => {
    expect(checkScalar(['yearlyBudget'], { type: 'decimal', min: 0 }, -1)[0].en).toBe('must be at least 0');
    expect(checkScalar(['population'], { type: 'integer' }, 1.5)[0].en).toBe('must be a whole number');
    expect(checkScalar(['population'], { type: 'integer' }, 'many')[0].en).toBe('must be a number');
    expect(checkScalar(['yearlyBudget'], { type: 'decimal' }, 270000)).toHaveLength(0);
  });
});

describe('relationDocumentIds', () => {
  it('reads every form Strapi 5 accepts for a relation', () => {
    expect(relationDocumentIds('abc').ids).toEqual(['abc']);
    expect(relationDocumentIds(['a', 'b']).ids).toEqual(['a', 'b']);
    expect(relationDocumentIds({ connect: ['a'], disconnect: [{ documentId: 'b' }] }).ids).toEqual(['a', 'b']);
    expect(relationDocumentIds({ set: [{ documentId: 'c' }] }).ids).toEqual(['c']);
  });

  it('flags shapes that are not relation values', () => {
    expect(relationDocumentIds({ foo: 1 }).malformed).toBe(true);
    expect(relationDocumentIds({ connect: 'a' }).malformed).toBe(true);
    expect(relationDocumentIds(true).malformed).toBe(true);
  });
});
