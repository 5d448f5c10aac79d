import { fieldOf, placeDefinitionErrors } from '../model/placeErrors';
import { toFormValues } from '../model/formValues';

describe('server errors placed on the designer inputs', () => {
  it.each([
    ['states.6', 'states.6.label.it'],
    ['states.6.key', 'states.6.label.it'],
    ['states.2.label.en', 'states.2.label.en'],
    ['states.2.deadline', 'states.2.deadline.workingDays'],
    ['states.2.deadline.days', 'states.2.deadline.days'],
    ['states.1.colour', 'states.1.colour'],
    ['transitions.5.to', 'transitions.5.to'],
    ['transitions.1.from.0', 'transitions.1.from'],
    ['transitions.1.roles.2', 'transitions.1.roles'],
    ['transitions.3.guards.0.form', 'transitions.3.guards.0.form'],
    ['transitions.3.guards.1.expression', 'transitions.3.guards.1.expression'],
    ['transitions.3.actions.1', 'transitions.3.actions.1.type'],
    ['transitions.0', 'transitions.0.label.it'],
    ['start.roles.0', 'start.roles'],
    ['start.actions.0.role', 'start.actions.0.type'],
  ])('%s → %s', (path, field) => {
    expect(fieldOf(path)).toBe(field);
  });

  it('says in words which state a general problem is about, never its path or its key', () => {
    const values = toFormValues({
      start: { roles: ['udp'] },
      states: [
        { key: 'presentata', label: { it: 'Presentata', en: 'Submitted' }, kind: 'initial', colour: '#000000' },
        { key: 'liquidata', label: { it: 'Liquidata', en: 'Paid' }, kind: 'final', colour: '#000000' },
      ],
      transitions: [],
    });
    const placed = placeDefinitionErrors(
      {
        'definition.states': 'serve almeno uno stato finale',
        'migrate.states.presentata': 'stato "presentata" sconosciuto',
        'definition.states.1': 'irraggiungibile',
        'definition.states.1.key': 'chiave duplicata',
        root: { serverError: 'Dati non validi' },
      },
      values,
      'it'
    );
    expect(placed).toEqual({
      fields: { 'states.1.label.it': 'irraggiungibile; chiave duplicata' },
      general: ['Definizione: serve almeno uno stato finale', 'Spostamento delle pratiche: stato «Presentata» sconosciuto'],
    });
  });
});
