/** @jest-environment jsdom */
// `@forms-shared` is the console's alias (vite, tsconfig) for the engine's shared folder; jest has no such
// alias, so it is declared here as the very same module (not a stand-in).
jest.mock('@forms-shared', () => jest.requireActual('../../../../../src/plugins/forms/shared'), { virtual: true });
// The renderer takes only ra-core's hooks (useTranslate, useLocaleState…) from react-admin, which re-exports
// them; react-admin's own index also loads ESM-only UI packages jest cannot require.
jest.mock('react-admin', () => jest.requireActual('ra-core'));

import './jsdomGlobals';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { compileForm, type FormDefinition } from '../../../../../src/plugins/forms/shared';
import { inputOf, renderForm } from './renderForm';

const t = (it: string, en: string) => ({ it, en });

const definition: FormDefinition = {
  sections: [
    {
      key: 'contacts',
      title: t('Contatti', 'Contacts'),
      fields: [
        { key: 'hasPhone', type: 'boolean', label: t('Ha un telefono', 'Has a phone') },
        {
          key: 'phone',
          type: 'phone',
          label: t('Telefono', 'Phone'),
          required: true,
          visibleWhen: { '==': [{ var: 'hasPhone' }, true] },
        },
        { key: 'age', type: 'integer', label: t('Età', 'Age'), min: 0, max: 120 },
      ],
    },
    {
      key: 'household',
      title: t('Nucleo', 'Household'),
      fields: [
        { key: 'adults', type: 'integer', label: t('Adulti', 'Adults') },
        { key: 'minors', type: 'integer', label: t('Minori', 'Minors') },
        {
          key: 'size',
          type: 'calculated',
          label: t('Componenti', 'Members'),
          resultType: 'integer',
          expression: { '+': [{ var: ['adults', 0] }, { var: ['minors', 0] }] },
        },
        {
          key: 'members',
          type: 'group',
          label: t('Persone', 'People'),
          minItems: 1,
          maxItems: 2,
          fields: [{ key: 'name', type: 'text', label: t('Nome', 'Name'), required: true }],
        },
      ],
    },
  ],
};

const type = (path: string, value: string) => {
  fireEvent.change(inputOf(path), { target: { value } });
  fireEvent.blur(inputOf(path));
};
const submit = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: /^(Invia|Submit)$/ }));
  });
};
const addRow = () => fireEvent.click(screen.getByRole('button', { name: /Aggiungi riga|Add a row/ }));

afterEach(cleanup);

describe('form renderer', () => {
  it('shows a field only while its condition holds, and does not send its value once hidden', async () => {
    const { submitted } = await renderForm(definition);
    expect(document.getElementById('field-phone')).toBeNull();

    fireEvent.click(screen.getByRole('radio', { name: 'Sì' }));
    await waitFor(() => expect(inputOf('phone')).toBeTruthy());
    type('phone', '02 1234567');

    fireEvent.click(screen.getByRole('radio', { name: 'No' }));
    await waitFor(() => expect(document.getElementById('field-phone')).toBeNull());
    addRow();
    type('members.0.name', 'Anna');
    await submit();

    expect(submitted).toHaveLength(1);
    expect(submitted[0]).toEqual({ hasPhone: false, members: [{ name: 'Anna' }], size: 0 });
  });

  it('requires a shown required field, and sends it', async () => {
    const { submitted } = await renderForm(definition);
    fireEvent.click(screen.getByRole('radio', { name: 'Sì' }));
    addRow();
    type('members.0.name', 'Anna');
    await submit();
    expect(submitted).toHaveLength(0);
    const required = compileForm(definition).evaluate({ hasPhone: true, members: [{ name: 'Anna' }] }).issues;
    expect(required.map((issue) => issue.path)).toEqual(['phone']);
    expect(await screen.findByText(required[0].it, { selector: '#field-phone-helper-text' })).toBeTruthy();

    type('phone', '02 1234567');
    await submit();
    expect(submitted[0]).toMatchObject({ hasPhone: true, phone: '02 1234567' });
  });

  it('updates a calculated field while the user types', async () => {
    await renderForm(definition);
    expect(inputOf('size').value).toBe('0');
    fireEvent.change(inputOf('adults'), { target: { value: '2' } });
    await waitFor(() => expect(inputOf('size').value).toBe('2'));
    fireEvent.change(inputOf('minors'), { target: { value: '3' } });
    await waitFor(() => expect(inputOf('size').value).toBe('5'));
  });

  it.each(['it', 'en'] as const)('shows at the field the message the server gives for the same value (%s)', async (locale) => {
    // What the server answers for age 130: the same compiled validator, run here as the server runs it.
    const server = compileForm(definition).evaluate({ age: 130, members: [{ name: 'Anna' }] });
    const issue = server.issues.find((found) => found.path === 'age');
    expect(issue).toBeDefined();

    const { submitted } = await renderForm(definition, { locale });
    type('age', '130');
    const helper = await waitFor(() => {
      const text = document.getElementById('field-age-helper-text')?.textContent;
      expect(text).toBe(issue?.[locale]);
      return text;
    });
    expect(inputOf('age').getAttribute('aria-invalid')).toBe('true');
    expect(helper).not.toBe(issue?.[locale === 'it' ? 'en' : 'it']);

    addRow();
    type('members.0.name', 'Anna');
    await submit();
    expect(submitted).toHaveLength(0);
    type('age', '99');
    await submit();
    expect(submitted[0]).toMatchObject({ age: 99 });
  });

  it('keeps a repeatable group between its minimum and maximum rows', async () => {
    const { submitted } = await renderForm(definition);
    await submit();
    expect(submitted).toHaveLength(0);
    const tooFew = compileForm(definition)
      .evaluate({})
      .issues.find((issue) => issue.path === 'members');
    expect(tooFew).toBeDefined();
    expect((await screen.findAllByText(tooFew!.it)).length).toBeGreaterThan(0);

    addRow();
    expect(screen.queryByRole('button', { name: /Rimuovi la riga 1/ })).toBeNull(); // at the minimum
    addRow();
    expect(screen.queryByRole('button', { name: /Aggiungi riga/ })).toBeNull(); // at the maximum
    expect(screen.getAllByRole('group', { name: /Persone – Riga/ })).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Rimuovi la riga 2' }));
    expect(screen.getAllByRole('group', { name: /Persone – Riga/ })).toHaveLength(1);
    expect(screen.getByRole('button', { name: /Aggiungi riga/ })).toBeTruthy();

    type('members.0.name', 'Anna');
    await submit();
    expect(submitted[0]).toMatchObject({ members: [{ name: 'Anna' }] });
  });
});
