import { clearCompiledForms, getCompiledForm } from '../../../src/plugins/forms/shared';
import { definitionOf, label } from './helpers';

describe('compiled form cache', () => {
  beforeEach(() => clearCompiledForms());

  it('returns the same compiled form for the same key', () => {
    const definition = definitionOf([{ type: 'text', ...label('name') }]);
    const first = getCompiledForm('segretariato-intake@3', definition);
    expect(getCompiledForm('segretariato-intake@3', definition)).toBe(first);
    // The same definition loaded again (another object, same content) is not recompiled.
    expect(getCompiledForm('segretariato-intake@3', JSON.parse(JSON.stringify(definition)))).toBe(first);
  });

  it('compiles each version separately', () => {
    const v3 = getCompiledForm('form@3', definitionOf([{ type: 'text', ...label('name') }]));
    const v4 = getCompiledForm('form@4', definitionOf([{ type: 'text', ...label('name'), required: true }]));
    expect(v4).not.toBe(v3);
    expect(v3.evaluate({}).issues).toEqual([]);
    expect(v4.evaluate({}).issues).toHaveLength(1);
  });

  it('recompiles a draft saved again under the same key', () => {
    const before = getCompiledForm('draft', definitionOf([{ type: 'text', ...label('name') }]));
    const after = getCompiledForm('draft', definitionOf([{ type: 'text', ...label('name'), required: true }]));
    expect(after).not.toBe(before);
    expect(after.evaluate({}).issues).toHaveLength(1);
  });

  it('checks a published version once, even when it was cached as a draft that changed when published', () => {
    const draft = getCompiledForm('v1', definitionOf([{ type: 'text', ...label('name') }]));
    // Published with a last edit: the first read as immutable still compares, and recompiles.
    const published = getCompiledForm('v1', definitionOf([{ type: 'text', ...label('name'), required: true }]), {
      immutable: true,
    });
    expect(published).not.toBe(draft);
    expect(published.evaluate({}).issues).toHaveLength(1);
    // Then the same object for every read of the version, without comparing its definition again.
    expect(getCompiledForm('v1', definitionOf([{ type: 'text', ...label('name'), required: true }]), { immutable: true })).toBe(
      published
    );
  });
});
