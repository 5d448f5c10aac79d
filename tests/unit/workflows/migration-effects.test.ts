import { addWorkingDays, migrationEffects } from '../../../src/plugins/workflows/shared';
import { housingLike } from './fixtures';

describe('what moving an instance onto a new version changes', () => {
  const today = '2026-12-07';

  it("entering another state gives that state's deadline and drops an assignee role the new version never names", () => {
    const from = housingLike();
    const target = housingLike();
    target.states = target.states.map((s) => (s.key === 'assessment' ? { ...s, deadline: { workingDays: 10 } } : s));
    const effects = migrationEffects(
      from,
      target,
      { state: 'report', assigneeRole: 'assessore', deadline: '2026-12-10' },
      'assessment',
      today
    );
    expect(effects).toMatchObject({ entered: true, assigneeRole: null, deadline: addWorkingDays(today, 10) });
    expect(effects.notes.map((n) => n.en)).toEqual([
      `New deadline: ${addWorkingDays(today, 10).split('-').reverse().join('/')}`,
      'Role assignment removed: the new version does not name that role',
    ]);
  });

  it('staying in a state whose deadline rule did not change keeps the running deadline and the assignee', () => {
    const effects = migrationEffects(
      housingLike(),
      housingLike(),
      { state: 'assessment', assigneeRole: 'udp', deadline: '2027-01-08' },
      'assessment',
      today
    );
    expect(effects).toEqual({ entered: false, assigneeRole: 'udp', deadline: '2027-01-08', notes: [] });
  });
});
