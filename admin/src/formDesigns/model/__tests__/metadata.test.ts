import { metadataValues, toMetadata } from '../metadata';

describe('form metadata', () => {
  it('trims texts, drops an empty description and area, keeps services as a list', () => {
    expect(
      toMetadata({
        key: ' scheda ',
        title: { it: ' Scheda ', en: 'Form' },
        description: { it: '', en: ' ' },
        roles: ['operator'],
        area: '',
        services: null,
      })
    ).toEqual({
      key: 'scheda',
      title: { it: 'Scheda', en: 'Form' },
      description: null,
      roles: ['operator'],
      area: null,
      services: [],
    });
  });

  it('round-trips a form as the API gives it', () => {
    const form = {
      documentId: 'd1',
      key: 'scheda',
      title: { it: 'Scheda', en: 'Form' },
      description: { it: 'Descrizione', en: 'Description' },
      roles: ['operator', 'provider'],
      area: { documentId: 'a1', name: 'Area' },
      services: [{ documentId: 's1', name: 'Servizio' }],
      versions: [],
    };
    expect(toMetadata(metadataValues(form))).toEqual({
      key: 'scheda',
      title: form.title,
      description: form.description,
      roles: form.roles,
      area: 'a1',
      services: ['s1'],
    });
  });
});
