import { validateDefinition, type FormDefinition } from '../../../../../src/plugins/forms/shared';
import { codeFromLabel, keyFromLabel } from '../deriveKey';
import { optionsFromLines, relabelItem, relabelOption } from '../relabel';

const KEY = /^[a-z][a-zA-Z0-9_]*$/;
const CODE = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

describe('keys and codes from Italian labels', () => {
  it.each([
    ['Numero di figli minori', 'numeroFigliMinori'],
    ['Sfratto esecutivo in corso?', 'sfrattoEsecutivoCorso'],
    ['Disabilità nel nucleo', 'disabilitaNucleo'],
    ['ISEE (€)', 'isee'],
    ['Città', 'citta'],
    ['2° recapito', 'campo2Recapito'],
    ['   ', 'campo'],
    ['Di', 'di'],
  ])('%s → %s', (label, key) => {
    expect(keyFromLabel(label)).toBe(key);
    expect(keyFromLabel(label)).toMatch(KEY);
  });

  it('keeps keys short', () => {
    expect(
      keyFromLabel('Dichiarazione sostitutiva di atto di notorietà relativa alla composizione del nucleo familiare').length
    ).toBeLessThanOrEqual(40);
  });

  it.each([
    ['Sfratto esecutivo', 'sfratto_esecutivo'],
    ['Sì, più di una volta', 'si_piu_di_una_volta'],
    ['€', 'opzione'],
  ])('option %s → %s', (label, code) => {
    expect(codeFromLabel(label)).toBe(code);
    expect(codeFromLabel(label)).toMatch(CODE);
  });
});

const form = (): FormDefinition => ({
  sections: [
    {
      key: 'section1',
      title: { it: 'Nuova sezione' },
      fields: [
        { type: 'integer', key: 'integer_1', label: { it: 'Nuovo campo' } },
        { type: 'integer', key: 'numeroFigli', label: { it: 'Numero figli' } },
        {
          type: 'calculated',
          key: 'calculated_1',
          label: { it: 'Punti' },
          resultType: 'number',
          expression: { '*': [2, { var: ['integer_1', 0] }] },
        },
      ],
    },
  ],
});

describe('a derived key follows its label until the user edits it', () => {
  it('derives the key of a new field from its label, and formulas follow', () => {
    const next = relabelItem(form(), 'sections.0.fields.0', { it: 'Figli minori' });
    const [field, , formula] = next.sections[0].fields;
    expect(field.key).toBe('figliMinori');
    expect(formula.type === 'calculated' && formula.expression).toEqual({ '*': [2, { var: ['figliMinori', 0] }] });
    const again = relabelItem(next, 'sections.0.fields.0', { it: 'Figli minori a carico' });
    expect(again.sections[0].fields[0].key).toBe('figliMinoriCarico');
  });

  it('keeps a key the user typed', () => {
    let definition = form();
    definition.sections[0].fields[0] = { ...definition.sections[0].fields[0], key: 'minori' };
    definition = relabelItem(definition, 'sections.0.fields.0', { it: 'Figli minori' });
    expect(definition.sections[0].fields[0].key).toBe('minori');
  });

  it('keeps keys unique within the form', () => {
    const next = relabelItem(form(), 'sections.0.fields.0', { it: 'Numero figli' });
    expect(next.sections[0].fields[0].key).toBe('numeroFigli_2');
    expect(validateDefinition(next)).toEqual([]);
  });

  it('never changes a key already used by a published version', () => {
    const next = relabelItem(form(), 'sections.0.fields.1', { it: 'Numero dei figli' }, new Set(['numeroFigli']));
    expect(next.sections[0].fields[1].key).toBe('numeroFigli');
    const free = relabelItem(form(), 'sections.0.fields.1', { it: 'Numero dei figli a carico' });
    expect(free.sections[0].fields[1].key).toBe('numeroFigliCarico');
  });

  it('derives section keys too', () => {
    expect(relabelItem(form(), 'sections.0', { it: 'Situazione abitativa' }).sections[0].key).toBe('situazioneAbitativa');
  });

  it('derives option codes from their labels, unique within the field', () => {
    const options = [
      { code: 'a', label: { it: 'Opzione A' } },
      { code: 'b', label: { it: 'Opzione B' } },
    ];
    const first = relabelOption(options, 0, { it: 'In affitto' });
    expect(first[0].code).toBe('in_affitto');
    const second = relabelOption(first, 1, { it: 'In affitto' });
    expect(second.map((option) => option.code)).toEqual(['in_affitto', 'in_affitto_2']);
    expect(relabelOption([{ code: 'own', label: { it: 'Proprietà' } }], 0, { it: 'Casa di proprietà' })[0].code).toBe('own');
  });

  it('turns pasted lines into options, Italian only, with derived codes', () => {
    expect(optionsFromLines('In affitto\n\n- Casa popolare\r\nSenza dimora\nIn affitto\n')).toEqual([
      { code: 'in_affitto', label: { it: 'In affitto' } },
      { code: 'casa_popolare', label: { it: 'Casa popolare' } },
      { code: 'senza_dimora', label: { it: 'Senza dimora' } },
      { code: 'in_affitto_2', label: { it: 'In affitto' } },
    ]);
  });
});
