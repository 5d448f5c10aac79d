import { planEffects, type EffectContext, type WorkflowDefinition } from '../../../src/plugins/workflows/shared';
import { copy, housingLike, t } from './fixtures';

const context = (over: Partial<EffectContext> = {}): EffectContext => ({
  today: '2026-12-22',
  actor: { id: 7, username: 'udp', role: 'udp' },
  starter: { id: 3, username: 'op.bussero' },
  current: { state: 'report', assigneeRole: null, assignee: null, deadline: null },
  users: { 'op.carugate': { id: 4, username: 'op.carugate' } },
  ...over,
});

function withActions(actions: WorkflowDefinition['transitions'][number]['actions']): WorkflowDefinition {
  const definition = copy(housingLike());
  definition.transitions[0].actions = actions;
  return definition;
}

describe('actions of a transition', () => {
  it('entering a state with a deadline sets it, counted in working days from today', () => {
    const effects = planEffects(housingLike(), { from: 'report', to: 'assessment' }, context());
    expect(effects).toMatchObject({ state: 'assessment', entered: true, final: false, deadline: '2027-01-08' });
  });

  it('a deadline action replaces the state’s own, or clears it', () => {
    const set = planEffects(
      housingLike(),
      { from: 'report', to: 'assessment', actions: [{ type: 'deadline', days: 3 }] },
      context()
    );
    expect(set.deadline).toBe('2026-12-25');
    const cleared = planEffects(
      housingLike(),
      { from: 'report', to: 'assessment', actions: [{ type: 'deadline', clear: true }] },
      context()
    );
    expect(cleared.deadline).toBeNull();
  });

  it('staying in the same state keeps the deadline; a final state has none', () => {
    const current = { state: 'assessment', assigneeRole: 'udp', assignee: null, deadline: '2027-01-08' };
    expect(planEffects(housingLike(), { from: 'assessment', to: 'assessment' }, context({ current })).deadline).toBe(
      '2027-01-08'
    );
    const final = planEffects(
      housingLike(),
      { from: 'assessment', to: 'rejected', actions: [{ type: 'deadline', days: 5 }] },
      context({ current })
    );
    expect(final).toMatchObject({ final: true, deadline: null });
  });

  it('assigns to a role (no one in particular) or to a user: the actor, the starter or a named user', () => {
    const toRole = planEffects(
      housingLike(),
      { from: 'report', to: 'assessment', actions: [{ type: 'assign', role: 'udp' }] },
      context({
        current: { state: 'report', assigneeRole: 'operator', assignee: { id: 3, username: 'op.bussero' }, deadline: null },
      })
    );
    expect(toRole).toMatchObject({ assigneeRole: 'udp', assignee: null });
    const toActor = planEffects(
      housingLike(),
      { from: 'report', to: 'assessment', actions: [{ type: 'assign', role: 'udp', user: 'actor' }] },
      context()
    );
    expect(toActor).toMatchObject({ assigneeRole: 'udp', assignee: { id: 7, username: 'udp' } });
    const toStarter = planEffects(
      housingLike(),
      { from: 'report', to: 'assessment', actions: [{ type: 'assign', user: 'starter' }] },
      context()
    );
    expect(toStarter.assignee).toEqual({ id: 3, username: 'op.bussero' });
    const named = planEffects(
      housingLike(),
      { from: 'report', to: 'assessment', actions: [{ type: 'assign', user: 'op.carugate' }] },
      context()
    );
    expect(named.assignee).toEqual({ id: 4, username: 'op.carugate' });
  });

  it('creates tasks for the assignee by default, due at the deadline unless given in working days', () => {
    const effects = planEffects(
      withActions([]),
      {
        from: 'report',
        to: 'assessment',
        actions: [
          { type: 'assign', role: 'udp' },
          { type: 'task', title: t('Valutare') },
          { type: 'task', title: t('Telefonare'), user: 'starter', dueInWorkingDays: 2 },
        ],
      },
      context()
    );
    expect(effects.tasks).toEqual([
      { title: t('Valutare'), role: 'udp', user: null, dueDate: '2027-01-08' },
      { title: t('Telefonare'), role: null, user: { id: 3, username: 'op.bussero' }, dueDate: '2026-12-24' },
    ]);
  });

  it('notifies (the actor when nobody is assigned), records notes, demands comments', () => {
    const effects = planEffects(
      housingLike(),
      {
        from: 'report',
        to: 'assessment',
        actions: [
          { type: 'notify', message: t('Avviso') },
          { type: 'notify', role: 'operator', message: t('Per gli operatori') },
          { type: 'comment', required: true, text: t('Nota automatica', 'Automatic note') },
        ],
      },
      context()
    );
    expect(effects.notifications).toEqual([
      { message: t('Avviso'), role: null, user: { id: 7, username: 'udp' } },
      { message: t('Per gli operatori'), role: 'operator', user: null },
    ]);
    expect(effects.notes).toEqual([t('Nota automatica', 'Automatic note')]);
    expect(effects.commentRequired).toBe(true);
  });

  it('the start is a move from nowhere into the initial state', () => {
    const effects = planEffects(
      housingLike(),
      { from: null, to: 'report', actions: [{ type: 'assign', user: 'actor' }] },
      context({ starter: null, current: { state: null, assigneeRole: null, assignee: null, deadline: null } })
    );
    expect(effects).toMatchObject({ state: 'report', entered: true, assignee: { id: 7, username: 'udp' }, deadline: null });
  });
});
