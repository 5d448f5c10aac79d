import { toDefinition, toFormValues } from '../model/formValues';
import type { WorkflowDefinition } from '../api/types';

const definition: WorkflowDefinition = {
  start: { roles: ['operator'], actions: [{ type: 'notify', role: 'udp', message: { it: 'Nuova', en: 'New' } }] },
  states: [
    { key: 'open', label: { it: 'Aperta', en: 'Open' }, kind: 'initial', colour: '#1565c0' },
    { key: 'check', label: { it: 'Verifica', en: 'Check' }, kind: 'normal', colour: '#f9a825', deadline: { workingDays: 10 } },
    { key: 'done', label: { it: 'Chiusa', en: 'Closed' }, kind: 'final', colour: '#2e7d32' },
  ],
  transitions: [
    { key: 'verify', from: 'open', to: 'check', label: { it: 'Verifica', en: 'Verify' }, roles: ['udp'], guards: [{ type: 'form', form: 'housing-report' }] },
    { key: 'close', from: ['open', 'check'], to: 'done', label: { it: 'Chiudi', en: 'Close' }, roles: ['udp', 'operator'], actions: [{ type: 'comment', required: true }] },
  ],
};

describe('designer form values', () => {
  it('round-trips a definition: from lists back to one key, deadlines only where set, guards and actions through JSON', () => {
    const values = toFormValues(definition, 'note');
    expect(values.transitions[0].from).toEqual(['open']);
    expect(values.states[0].deadline).toEqual({ workingDays: null, days: null });
    const { definition: back, errors } = toDefinition(values);
    expect(errors).toEqual({});
    expect(back).toEqual(definition);
  });

  it('reports JSON that does not parse, or is not a list, on its own field', () => {
    const values = toFormValues(definition);
    values.transitions[0].guardsText = '[{"type": "form"';
    values.transitions[1].actionsText = '{"type": "comment"}';
    values.start.actionsText = '';
    const { definition: back, errors } = toDefinition(values);
    expect(errors).toEqual({ 'transitions.0.guardsText': 'workflows.designer.jsonInvalid', 'transitions.1.actionsText': 'workflows.designer.jsonList' });
    expect(back.start).toEqual({ roles: ['operator'] });
  });

  it('trims texts and leaves an empty deadline out, so the server judges what the user typed', () => {
    const values = toFormValues(definition);
    values.states.push({ key: ' new ', label: { it: ' Nuovo ', en: '' }, kind: 'normal', colour: '#607d8b', deadline: { workingDays: null, days: 5 } });
    const { definition: back } = toDefinition(values);
    expect(back.states[3]).toEqual({ key: 'new', label: { it: 'Nuovo', en: '' }, kind: 'normal', colour: '#607d8b', deadline: { days: 5 } });
  });
});
