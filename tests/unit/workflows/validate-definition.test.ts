import { validateDefinition, referencedUsers, type Issue } from '../../../src/plugins/workflows/shared';
import { CONTEXT, copy, housingLike, t } from './fixtures';

const pathsOf = (issues: Issue[]) => issues.map((issue) => issue.path);
const at = (issues: Issue[], path: string) => issues.find((issue) => issue.path === path);

describe('validating a workflow definition', () => {
  it('accepts a valid definition', () => {
    expect(validateDefinition(housingLike(), CONTEXT)).toEqual([]);
  });

  it('names an unknown state in a transition, in Italian and English', () => {
    const definition = copy(housingLike());
    definition.transitions[0].to = 'valutazione';
    definition.transitions[2].from = ['report', 'nowhere'];
    const issues = validateDefinition(definition, CONTEXT);
    expect(at(issues, 'transitions.0.to')).toMatchObject({
      it: 'lo stato di arrivo non è tra gli stati del flusso',
      en: 'the state it reaches is not one of the workflow’s states',
    });
    expect(at(issues, 'transitions.2.from.1')?.en).toBe('the state it leaves is not one of the workflow’s states');
    for (const issue of issues) expect(issue.message).toContain(' / ');
  });

  it('refuses duplicate state and transition keys', () => {
    const definition = copy(housingLike());
    definition.states.push({ ...definition.states[3] });
    definition.transitions.push({ ...definition.transitions[0] });
    const issues = validateDefinition(definition, CONTEXT);
    expect(at(issues, 'states.4.key')?.en).toBe('duplicate state key "rejected"');
    expect(at(issues, 'transitions.3.key')?.en).toBe('duplicate transition key "assess"');
  });

  it('needs exactly one initial state and at least one final state', () => {
    const none = copy(housingLike());
    none.states[0].kind = 'normal';
    expect(at(validateDefinition(none, CONTEXT), 'states')?.en).toBe('exactly one initial state is needed (found 0)');
    const two = copy(housingLike());
    two.states[1].kind = 'initial';
    expect(at(validateDefinition(two, CONTEXT), 'states')?.en).toBe('exactly one initial state is needed (found 2)');
    const noFinal = copy(housingLike());
    noFinal.states[2].kind = 'normal';
    noFinal.states[3].kind = 'normal';
    noFinal.transitions.push({ key: 'back', from: ['waitlist', 'rejected'], to: 'report', label: t('Indietro'), roles: ['udp'] });
    expect(pathsOf(validateDefinition(noFinal, CONTEXT))).toEqual(['states']);
  });

  it('finds unreachable states, dead ends and transitions leaving a final state', () => {
    const definition = copy(housingLike());
    definition.states.push({ key: 'limbo', label: t('Limbo'), kind: 'normal', colour: '#000000' });
    definition.transitions.push({ key: 'reopen', from: 'waitlist', to: 'report', label: t('Riapri'), roles: ['udp'] });
    const issues = validateDefinition(definition, CONTEXT);
    expect(at(issues, 'states.4')?.en).toMatch(/state "Limbo" cannot be reached from the initial state/);
    expect(issues.filter((issue) => issue.path === 'states.4').map((issue) => issue.en)).toContain(
      'the state "Limbo" is not final but has no way out'
    );
    expect(at(issues, 'transitions.3.from')?.en).toBe('"Waiting list" is a final state: it has no way out');
  });

  it('refuses unknown roles wherever they are named', () => {
    const definition = copy(housingLike());
    definition.start.roles = ['operator', 'sindaco'];
    definition.transitions[0].roles = ['udp', 'public'];
    definition.transitions[0].actions = [{ type: 'assign', role: 'assessor' }];
    const issues = validateDefinition(definition, CONTEXT);
    expect(pathsOf(issues)).toEqual(
      expect.arrayContaining(['start.roles.1', 'transitions.0.roles.1', 'transitions.0.actions.0.role'])
    );
    expect(at(issues, 'start.roles.1')?.it).toContain('ruolo sconosciuto "sindaco"');
  });

  it('refuses bad expressions: unknown operators, unknown variables and fields, too deep', () => {
    const definition = copy(housingLike());
    definition.transitions[0].guards = [
      { type: 'expression', expression: { between: [{ var: 'record.yearlyBudget' }, 1, 2] }, message: t('x') },
      { type: 'expression', expression: { '==': [{ var: 'isee' }, 1] }, message: t('x') },
      { type: 'expression', expression: { '>': [{ var: 'record.budget' }, 0] }, message: t('x') },
      { type: 'expression', expression: { '!!': [{ var: 'forms.unknown-form.x' }] }, message: t('x') },
      { type: 'expression', expression: { '==': [{ var: 'instance.colour' }, 'red'] }, message: t('x') },
      { type: 'expression', expression: { '==': [1, 1], '!=': [1, 2] }, message: t('x') },
      { type: 'expression', expression: 'true', message: t('x') },
    ];
    const issues = validateDefinition(definition, CONTEXT);
    const en = (i: number) =>
      issues.filter((issue) => issue.path === `transitions.0.guards.${i}.expression`).map((issue) => issue.en);
    expect(en(0)).toEqual(['unknown operator "between"']);
    expect(en(1)[0]).toMatch(/^unknown variable "isee": use record.<field>/);
    expect(en(2)).toEqual(['the record has no field "budget"']);
    expect(en(3)).toEqual(['unknown form "unknown-form"']);
    expect(en(4)[0]).toMatch(/^unknown variable "instance.colour"/);
    expect(en(5)[0]).toMatch(/an operation has exactly one key/);
    expect(en(6)).toEqual(['the expression must be a JSON Logic operation']);
    let deep: unknown = { var: 'record.status' };
    for (let i = 0; i < 25; i += 1) deep = { '!': [deep] };
    const tooDeep = copy(housingLike());
    tooDeep.transitions[0].guards = [{ type: 'expression', expression: deep as never, message: t('x') }];
    expect(validateDefinition(tooDeep, CONTEXT)[0].en).toMatch(/nested too deeply/);
  });

  it('checks form guards against the forms engine and field guards against the record type', () => {
    const definition = copy(housingLike());
    definition.transitions[1].guards = [
      { type: 'form', form: 'no-such-form' },
      { type: 'fields', fields: ['status', 'colour'] },
    ];
    const issues = validateDefinition(definition, CONTEXT);
    expect(at(issues, 'transitions.1.guards.0.form')?.en).toBe('unknown form "no-such-form"');
    expect(at(issues, 'transitions.1.guards.1.fields.1')?.en).toBe('the record has no field "colour"');
    // A record type that does not exist yet: its fields cannot be checked, and are not.
    expect(validateDefinition(definition, { ...CONTEXT, attributes: undefined }).map((issue) => issue.path)).toEqual([
      'transitions.1.guards.0.form',
    ]);
  });

  it('checks actions: recipients, deadlines, users', () => {
    const definition = copy(housingLike());
    definition.transitions[0].actions = [
      { type: 'assign' },
      { type: 'deadline', workingDays: 5, days: 3 },
      { type: 'notify', user: 'mario.rossi', message: t('Ciao') },
      { type: 'comment' },
      { type: 'task', title: t('Valuta'), user: 'actor', dueInWorkingDays: 3 },
    ];
    const issues = validateDefinition(definition, CONTEXT);
    expect(pathsOf(issues)).toEqual([
      'transitions.0.actions.0',
      'transitions.0.actions.1',
      'transitions.0.actions.2.user',
      'transitions.0.actions.3',
    ]);
    expect(referencedUsers(definition)).toEqual(['mario.rossi']);
  });

  it('reports structural problems first: unknown properties and types, missing texts, bad colours', () => {
    const definition = copy(housingLike()) as unknown as Record<string, unknown>;
    (definition.states as Record<string, unknown>[])[0].colour = 'blue';
    (definition.states as Record<string, unknown>[])[1].label = { it: 'Valutazione' };
    (definition.transitions as Record<string, unknown>[])[0].guards = [{ type: 'magic' }];
    definition.extra = true;
    const issues = validateDefinition(definition, CONTEXT);
    expect(pathsOf(issues)).toEqual(
      expect.arrayContaining(['extra', 'states.0.colour', 'states.1.label.en', 'transitions.0.guards.0.type'])
    );
    expect(at(issues, 'transitions.0.guards.0.type')?.en).toBe('unknown type "magic"');
    expect(validateDefinition(null, CONTEXT)[0].en).toMatch(/wrong type: expected object/);
  });

  it('a state deadline is working days or days, and never on a final state', () => {
    const definition = copy(housingLike());
    definition.states[1].deadline = { workingDays: 10, days: 14 };
    definition.states[2].deadline = { days: 3 };
    const issues = validateDefinition(definition, CONTEXT);
    expect(at(issues, 'states.1.deadline')?.en).toBe('give either workingDays or days');
    expect(at(issues, 'states.2.deadline')?.en).toBe('a final state has no deadline');
  });
});
