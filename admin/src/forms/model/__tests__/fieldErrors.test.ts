import { compileForm, fieldIssue } from '../../../../../src/plugins/forms/shared';
import type { Field, FormDefinition } from '../../../../../src/plugins/forms/shared';
import { flattenErrors, placeIssues, placeServerErrors, toErrorTree } from '../fieldErrors';
import { fieldPathOf, formOrder, isGroupPath, labelOfPath } from '../fieldPaths';
import { formResolver } from '../formResolver';

const t = (text: string) => ({ it: text, en: `${text} (en)` });
const definition: FormDefinition = {
  sections: [
    {
      key: 's',
      title: t('S'),
      fields: [
        { type: 'integer', key: 'children', label: t('Figli'), min: 0, max: 20, required: true },
        { type: 'boolean', key: 'alone', label: t('Solo') },
        {
          type: 'text',
          key: 'caregiver',
          label: t('Caregiver'),
          required: true,
          visibleWhen: { '==': [{ var: 'alone' }, false] },
        },
        { type: 'multipleChoice', key: 'needs', label: t('Bisogni'), options: [{ code: 'a', label: t('A') }] },
        {
          type: 'group',
          key: 'members',
          label: t('Componenti'),
          minItems: 1,
          fields: [{ type: 'date', key: 'birthDate', label: t('Nascita'), required: true }],
        },
      ],
    },
  ],
};
const fields = definition.sections[0].fields as Field[];
const locate = (path: string) => fieldPathOf(fields, path);

describe('issues placed on inputs', () => {
  it('finds the input of a data path', () => {
    expect(locate('children')).toBe('children');
    expect(locate('members.0.birthDate')).toBe('members.0.birthDate');
    expect(locate('members.0')).toBe('members');
    expect(locate('needs.1')).toBe('needs');
    expect(locate('nothing')).toBeNull();
    expect(isGroupPath(fields, 'members')).toBe(true);
    expect(isGroupPath(fields, 'members.0.birthDate')).toBe(false);
    expect(
      labelOfPath(
        fields,
        'members.1.birthDate',
        (field) => field.label.it,
        (n) => `riga ${n}`
      )
    ).toBe('Componenti › riga 2 › Nascita');
  });

  it('builds react-hook-form errors: nested by path, a group’s own error under root', () => {
    const placed = placeIssues(
      [
        fieldIssue('members', 'almeno una riga', 'at least one row'),
        fieldIssue('members.0.birthDate', 'obbligatorio', 'required'),
      ],
      'en',
      locate
    );
    const tree = toErrorTree(placed, (path) => isGroupPath(fields, path));
    expect(tree).toEqual({
      members: Object.assign([{ birthDate: { type: 'validate', message: 'required' } }], {
        root: { type: 'validate', message: 'at least one row' },
      }),
    });
    expect(flattenErrors(tree)).toEqual([
      { path: 'members.0.birthDate', message: 'required' },
      { path: 'members', message: 'at least one row' },
    ]);
  });

  it('places the server’s field errors (keyed data.<path>) on their inputs', () => {
    const placed = placeServerErrors(
      { 'data.members.0.birthDate': 'data non valida', 'data.needs.0': 'valore non ammesso', root: { serverError: 'x' } },
      locate
    );
    expect(placed).toEqual([
      { path: 'members.0.birthDate', message: 'data non valida' },
      { path: 'needs', message: 'valore non ammesso' },
    ]);
  });
});

describe('the resolver (the shared validator inside react-hook-form)', () => {
  const resolve = (values: Record<string, unknown>) =>
    formResolver(compileForm(definition), () => 'it')(values, undefined, { fields: {}, shouldUseNativeValidation: false });

  it('reports required visible fields, bounds and group rows in the user’s language', async () => {
    const { errors } = await resolve({ children: '25', alone: false, caregiver: '', needs: [], members: [] });
    expect(flattenErrors(errors)).toEqual(
      expect.arrayContaining([
        { path: 'children', message: 'non può superare 20' },
        { path: 'caregiver', message: 'obbligatorio' },
        { path: 'members', message: 'inserire almeno una riga' },
      ])
    );
  });

  it('gives the data to send when valid: numbers parsed, hidden fields dropped', async () => {
    const result = await resolve({
      children: '2',
      alone: true,
      caregiver: 'ignored',
      needs: [],
      members: [{ birthDate: '2000-01-01' }],
    });
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ children: 2, alone: true, members: [{ birthDate: '2000-01-01' }] });
  });
});

describe('form order', () => {
  it('sorts paths as the inputs appear, rows in order, unknown paths last', () => {
    const paths = ['members.1.birthDate', 'needs', null, 'members', 'children', 'members.0.birthDate'];
    expect([...paths].sort(formOrder(fields))).toEqual([
      'children',
      'needs',
      'members',
      'members.0.birthDate',
      'members.1.birthDate',
      null,
    ]);
  });
});
