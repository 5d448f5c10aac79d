import {
  isPersonalPath,
  keepPersonalData,
  personalPaths,
  redactData,
  validateDefinition,
  type FormDefinition,
} from '../../../src/plugins/forms/shared';

const t = (s: string) => ({ it: s, en: s });
const definition: FormDefinition = {
  sections: [
    {
      key: 'main',
      title: t('Main'),
      fields: [
        { type: 'text', key: 'firstName', label: t('Nome'), personal: true },
        { type: 'singleChoice', key: 'outcome', label: t('Esito'), options: [{ code: 'a', label: t('A') }] },
        {
          type: 'group',
          key: 'members',
          label: t('Componenti'),
          fields: [
            { type: 'text', key: 'name', label: t('Nome'), personal: true },
            { type: 'integer', key: 'age', label: t('Età') },
          ],
        },
        {
          type: 'group',
          key: 'contacts',
          label: t('Recapiti'),
          personal: true,
          fields: [{ type: 'phone', key: 'phone', label: t('Telefono') }],
        },
      ],
    },
  ],
};

describe('personal-data flag of form fields', () => {
  it('is part of the definition contract (a boolean)', () => {
    expect(validateDefinition(definition)).toEqual([]);
    const wrong = JSON.parse(JSON.stringify(definition));
    wrong.sections[0].fields[0].personal = 'yes';
    expect(validateDefinition(wrong).map((issue) => issue.path)).toEqual(['sections.0.fields.0.personal']);
  });

  it('lists flagged fields, inside groups and whole flagged groups', () => {
    expect(personalPaths(definition)).toEqual(['firstName', 'members.*.name', 'contacts', 'contacts.*.phone']);
    expect(isPersonalPath(definition, 'contacts.*.phone')).toBe(true);
    expect(isPersonalPath(definition, 'members.*.age')).toBe(false);
  });

  it('redacts the flagged answers and nothing else, without changing the input', () => {
    const data = {
      firstName: 'Mario',
      outcome: 'a',
      members: [{ name: 'Anna', age: 9 }, { age: 40 }],
      contacts: [{ phone: '333' }],
    };
    expect(redactData(data, definition)).toEqual({ outcome: 'a', members: [{ age: 9 }, { age: 40 }] });
    expect(data.firstName).toBe('Mario');
  });

  it('keeps the stored personal answers in an edit by someone never shown them', () => {
    const stored = { firstName: 'Mario', outcome: 'a', members: [{ name: 'Anna', age: 9 }], contacts: [{ phone: '333' }] };
    const sent = { firstName: 'Altro', outcome: 'a', members: [{ age: 10 }] };
    expect(keepPersonalData(sent, stored, definition)).toEqual({
      firstName: 'Mario',
      outcome: 'a',
      members: [{ age: 10, name: 'Anna' }],
      contacts: [{ phone: '333' }],
    });
  });
});
