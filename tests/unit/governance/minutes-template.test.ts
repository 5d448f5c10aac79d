import { checkTemplateItems, DEFAULT_TEMPLATE, draftItems } from '../../../src/plugins/governance/shared';

describe('minutes templates', () => {
  const agenda = [
    { key: 'modello-1', title: 'Punto che usa già la chiave di un punto fisso' },
    { key: 'sail', title: 'SAIL' },
  ];

  it('without a template the minutes hold the agenda alone', () => {
    expect(draftItems(DEFAULT_TEMPLATE, agenda).map((i) => i.key)).toEqual(['modello-1', 'sail']);
  });

  it('fixed items go around the agenda with keys the agenda does not use', () => {
    const items = draftItems(
      {
        items: [
          { kind: 'fixed', title: ' Verifica del numero legale ' },
          { kind: 'agenda' },
          { kind: 'fixed', title: 'Varie ed eventuali', text: '<p>Nessuna.</p>' },
        ],
      },
      agenda
    );
    expect(items).toEqual([
      { key: 'modello-2', title: 'Verifica del numero legale', text: '' },
      { key: 'modello-1', title: 'Punto che usa già la chiave di un punto fisso', text: '' },
      { key: 'sail', title: 'SAIL', text: '' },
      { key: 'modello-3', title: 'Varie ed eventuali', text: '<p>Nessuna.</p>' },
    ]);
  });

  it('names every problem of a template', () => {
    expect(checkTemplateItems([])).toEqual([expect.objectContaining({ path: '', en: 'from 1 to 30 items' })]);
    expect(checkTemplateItems([{ kind: 'agenda' }, { kind: 'agenda' }]).map((i) => i.en)).toEqual([
      'say once where the agenda items go',
    ]);
    expect(
      checkTemplateItems([{ kind: 'fixed', title: '', colour: 'red' }, { kind: 'agenda', title: 'x' }, 'x']).map((i) => i.path)
    ).toEqual(['0.colour', '0.title', '1.title', '2.kind']);
    expect(checkTemplateItems([{ kind: 'fixed', title: 'Varie' }, { kind: 'agenda' }])).toEqual([]);
  });
});
