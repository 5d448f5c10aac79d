import { toDefinition, toFormValues } from '../model/formValues';
import { renameState, renameStateUpdates } from '../model/renameState';
import { keyFromLabel } from '../model/keys';
import type { WorkflowDefinition } from '../api/types';

const definition: WorkflowDefinition = {
  start: { roles: ['operator'], actions: [{ type: 'notify', role: 'udp', message: { it: 'Nuova', en: 'New' } }] },
  states: [
    { key: 'open', label: { it: 'Aperta', en: 'Open' }, kind: 'initial', colour: '#1565c0' },
    { key: 'check', label: { it: 'Verifica', en: 'Check' }, kind: 'normal', colour: '#f9a825', deadline: { workingDays: 10 } },
    { key: 'done', label: { it: 'Chiusa', en: 'Closed' }, kind: 'final', colour: '#2e7d32' },
  ],
  transitions: [
    {
      key: 'verify',
      from: 'open',
      to: 'check',
      label: { it: 'Verifica', en: 'Verify' },
      roles: ['udp'],
      guards: [
        { type: 'form', form: 'housing-report' },
        {
          type: 'expression',
          expression: { '>': [{ var: 'forms.housing-report.score' }, 10] },
          message: { it: 'Punteggio basso', en: 'Low score' },
        },
      ],
      actions: [
        { type: 'assign', user: 'actor' },
        { type: 'task', role: 'udp', title: { it: 'Valuta', en: 'Assess' }, dueInWorkingDays: 5 },
        { type: 'deadline', days: 15 },
      ],
    },
    {
      key: 'close',
      from: ['open', 'check'],
      to: 'done',
      label: { it: 'Chiudi', en: 'Close' },
      roles: ['udp', 'operator'],
      actions: [
        { type: 'notify', user: 'assignee', message: { it: 'Chiusa', en: 'Closed' } },
        { type: 'comment', required: true },
      ],
    },
  ],
};

describe('designer form values', () => {
  it('round-trips a definition through the pickers: recipients, deadlines, comment required, the form an expression reads', () => {
    const values = toFormValues(definition, 'note');
    expect(values.transitions[0].from).toEqual(['open']);
    expect(values.transitions[0].guards[1].conditionForm).toBe('housing-report');
    expect(values.transitions[0].actions).toEqual([
      { type: 'assign', recipient: 'user:actor' },
      { type: 'task', recipient: 'role:udp', title: { it: 'Valuta', en: 'Assess' }, dueInWorkingDays: 5 },
      { type: 'deadline', amount: 15, unit: 'days' },
    ]);
    expect(values.transitions[1].commentRequired).toBe(true);
    expect(values.transitions[1].actions).toEqual([
      { type: 'notify', recipient: 'user:assignee', message: { it: 'Chiusa', en: 'Closed' } },
    ]);
    const { definition: back, errors } = toDefinition(values);
    expect(errors).toEqual({});
    const { conditionForm: _ignored, ...expression } = values.transitions[0].guards[1];
    expect(expression.type).toBe('expression');
    expect(back).toEqual(definition);
  });

  it('derives missing keys from the Italian labels and fills missing English with the Italian', () => {
    const values = toFormValues(definition);
    values.states.push({
      key: '',
      label: { it: ' Istruttoria tecnica ', en: '' },
      kind: 'normal',
      colour: '#607d8b',
      deadline: { workingDays: 30, days: null },
    });
    values.transitions.push({
      key: '',
      from: ['check'],
      to: 'istruttoria-tecnica',
      label: { it: 'Avvia l’istruttoria', en: '' },
      roles: ['operator'],
      commentRequired: false,
      guards: [],
      actions: [{ type: 'deadline', amount: 30, unit: 'workingDays' }],
    });
    const { definition: back } = toDefinition(values);
    expect(back.states[3]).toEqual({
      key: 'istruttoria-tecnica',
      label: { it: 'Istruttoria tecnica', en: 'Istruttoria tecnica' },
      kind: 'normal',
      colour: '#607d8b',
      deadline: { workingDays: 30 },
    });
    expect(back.transitions[2]).toMatchObject({
      key: 'avvia-l-istruttoria',
      from: 'check',
      label: { en: 'Avvia l’istruttoria' },
      actions: [{ type: 'deadline', workingDays: 30 }],
    });
  });

  it('proposes unique keys that start with a letter', () => {
    expect(keyFromLabel('Approvata', ['approvata'])).toBe('approvata-2');
    expect(keyFromLabel('1° colloquio', [])).toBe('stato-1-colloquio');
    expect(keyFromLabel('', [], 'passaggio')).toBe('passaggio');
  });
});

describe('renaming a state', () => {
  it('renames it in every transition that leaves or enters it, and in expressions on the state', () => {
    const values = toFormValues(definition);
    values.transitions[0].guards.push({ type: 'expression', expression: { '==': [{ var: 'instance.state' }, 'open'] } });
    const renamed = renameState(values, 'open', 'presentata');
    expect(renamed.states[0].key).toBe('presentata');
    expect(renamed.transitions[0].from).toEqual(['presentata']);
    expect(renamed.transitions[1].from).toEqual(['presentata', 'check']);
    expect(renamed.transitions[0].guards[2].expression).toEqual({ '==': [{ var: 'instance.state' }, 'presentata'] });
    expect(JSON.stringify(toDefinition(renamed).definition)).not.toContain('"open"');
  });

  it('lists only the leaf paths that change', () => {
    const updates = renameStateUpdates(toFormValues(definition), 'done', 'chiusa');
    expect(updates).toEqual([
      ['states.2.key', 'chiusa'],
      ['transitions.1.to', 'chiusa'],
    ]);
  });
});
