import { fieldOf, placeDefinitionErrors } from '../model/placeErrors';

describe('server errors placed on the designer inputs', () => {
  it.each([
    ['states.6', 'states.6.key'],
    ['states.2.label.en', 'states.2.label.en'],
    ['states.2.deadline', 'states.2.deadline.workingDays'],
    ['states.2.deadline.days', 'states.2.deadline.days'],
    ['states.1.colour', 'states.1.colour'],
    ['transitions.5.to', 'transitions.5.to'],
    ['transitions.1.from.0', 'transitions.1.from'],
    ['transitions.1.roles.2', 'transitions.1.roles'],
    ['transitions.3.guards.0.form', 'transitions.3.guardsText'],
    ['transitions.3.actions.1', 'transitions.3.actionsText'],
    ['transitions.0', 'transitions.0.key'],
    ['start.roles.0', 'start.roles'],
    ['start.actions.0.role', 'start.actionsText'],
  ])('%s → %s', (path, field) => {
    expect(fieldOf(path)).toBe(field);
  });

  it('keeps problems of the whole definition apart, and joins two problems on one input', () => {
    const placed = placeDefinitionErrors({
      'definition.states': 'serve almeno uno stato finale',
      'definition.states.6': 'irraggiungibile',
      'definition.states.6.key': 'chiave duplicata',
      root: { serverError: 'Dati non validi' },
    });
    expect(placed).toEqual({
      fields: { 'states.6.key': 'irraggiungibile; chiave duplicata' },
      general: ['states: serve almeno uno stato finale'],
    });
  });
});
