import type { Field, FormDefinition } from '../../../src/plugins/forms/shared';
import { compileForm, sectionPath } from '../../../src/plugins/forms/shared';
import { NOW, evaluateWith, issueAt, label, text } from './helpers';

const outcome: Field = {
  type: 'singleChoice',
  ...label('outcome'),
  required: true,
  options: ['informazione', 'invio'].map((code) => ({ code, label: text(code) })),
};
const referralTarget: Field = {
  type: 'text',
  ...label('referralTarget'),
  required: true,
  visibleWhen: { '==': [{ var: 'outcome' }, 'invio'] },
};

describe('conditional display', () => {
  it('a hidden field is neither required nor stored', () => {
    const result = evaluateWith([outcome, referralTarget], { outcome: 'informazione', referralTarget: 'servizio sociale' });
    expect(result.issues).toEqual([]);
    expect(result.data).toEqual({ outcome: 'informazione' });
    expect(result.visibility.referralTarget).toBe(false);
  });

  it('a shown field is required and stored', () => {
    const missing = evaluateWith([outcome, referralTarget], { outcome: 'invio' });
    expect(issueAt(missing.issues, 'referralTarget').en).toBe('required');
    expect(missing.visibility.referralTarget).toBe(true);
    const given = evaluateWith([outcome, referralTarget], { outcome: 'invio', referralTarget: 'SAIL' });
    expect(given.issues).toEqual([]);
    expect(given.data).toEqual({ outcome: 'invio', referralTarget: 'SAIL' });
  });

  it('an invalid value of a hidden field is dropped, not reported', () => {
    const age: Field = { type: 'integer', ...label('childAge'), visibleWhen: { var: 'hasChildren' } };
    const result = evaluateWith([{ type: 'boolean', ...label('hasChildren') }, age], { hasChildren: false, childAge: 'tre' });
    expect(result.issues).toEqual([]);
    expect(result.data).toEqual({ hasChildren: false });
  });

  it('a hidden section hides all its fields, required ones included', () => {
    const definition: FormDefinition = {
      sections: [
        { key: 'main', title: text('Principale'), fields: [{ type: 'boolean', ...label('domesticViolence'), required: true }] },
        {
          key: 'violence',
          title: text('Violenza'),
          visibleWhen: { var: 'domesticViolence' },
          fields: [
            { type: 'boolean', ...label('protectionOrder'), required: true },
            { type: 'longText', ...label('orderDetails'), required: true, visibleWhen: { var: 'protectionOrder' } },
          ],
        },
      ],
    };
    const form = compileForm(definition);
    const hidden = form.evaluate({ domesticViolence: false, protectionOrder: true, orderDetails: 'x' }, { now: NOW });
    expect(hidden.issues).toEqual([]);
    expect(hidden.data).toEqual({ domesticViolence: false });
    expect(hidden.visibility[sectionPath('violence')]).toBe(false);
    expect(hidden.visibility.protectionOrder).toBe(false);
    expect(hidden.visibility.orderDetails).toBe(false);

    const shown = form.evaluate({ domesticViolence: true, protectionOrder: true }, { now: NOW });
    expect(shown.visibility['section:violence']).toBe(true);
    expect(shown.issues.map((issue) => issue.path)).toEqual(['orderDetails']);
  });

  it('conditions inside group rows read the row first, then the form', () => {
    const members: Field = {
      type: 'group',
      ...label('members'),
      fields: [
        { type: 'boolean', ...label('disability') },
        { type: 'integer', ...label('disabilityPercent'), required: true, visibleWhen: { var: 'disability' } },
        { type: 'text', ...label('school'), visibleWhen: { '==': [{ var: 'municipality' }, 'Bussero'] } },
      ],
    };
    const result = evaluateWith([{ type: 'text', ...label('municipality') }, members], {
      municipality: 'Bussero',
      members: [{ disability: true }, { disability: false, disabilityPercent: 50, school: 'primaria' }],
    });
    expect(result.visibility['members.0.disabilityPercent']).toBe(true);
    expect(result.visibility['members.1.disabilityPercent']).toBe(false);
    expect(result.visibility['members.1.school']).toBe(true);
    expect(result.issues.map((issue) => issue.path)).toEqual(['members.0.disabilityPercent']);
    expect(result.data.members).toEqual([{ disability: true }, { disability: false, school: 'primaria' }]);
  });

  it('an empty field of a row does not show a same-named field of the form', () => {
    const fields: Field[] = [
      { type: 'boolean', ...label('flag') },
      {
        type: 'group',
        ...label('rows'),
        fields: [
          { type: 'boolean', ...label('flag') },
          { type: 'text', ...label('note'), visibleWhen: { var: 'flag' } },
        ],
      },
    ];
    const result = evaluateWith(fields, { flag: true, rows: [{ note: 'x' }] });
    expect(result.visibility['rows.0.note']).toBe(false);
  });

  it('visibility follows values that are themselves hidden (chains settle)', () => {
    const fields: Field[] = [
      { type: 'boolean', ...label('a') },
      { type: 'boolean', ...label('b'), visibleWhen: { var: 'a' } },
      { type: 'text', ...label('c'), visibleWhen: { var: 'b' } },
    ];
    const result = evaluateWith(fields, { a: false, b: true, c: 'x' });
    expect(result.visibility).toMatchObject({ a: true, b: false, c: false });
    expect(result.data).toEqual({ a: false });
  });

  it('defaults are applied to visible fields only', () => {
    const fields: Field[] = [
      { type: 'boolean', ...label('light') },
      { type: 'integer', ...label('interviews'), default: 3, visibleWhen: { var: 'light' } },
    ];
    expect(evaluateWith(fields, { light: true }).data).toEqual({ light: true, interviews: 3 });
    expect(evaluateWith(fields, { light: false }).data).toEqual({ light: false });
    expect(evaluateWith(fields, { light: true, interviews: 4 }).data).toEqual({ light: true, interviews: 4 });
  });
});
