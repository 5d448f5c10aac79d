import { editableBy, MINUTES_TRANSITIONS, transition } from '../../../src/plugins/governance/shared';
import type { MinutesAction, MinutesState } from '../../../src/plugins/governance/shared';

describe('the minutes state machine', () => {
  it('goes draft → in review → approved → published', () => {
    let state: MinutesState = 'draft';
    for (const action of ['open-review', 'approve', 'publish'] as MinutesAction[]) {
      const result = transition(state, action);
      expect(result.ok).toBe(true);
      if (result.ok) state = result.to;
    }
    expect(state).toBe('published');
  });

  it('refuses every other move, saying why in both languages', () => {
    const states: MinutesState[] = ['draft', 'in-review', 'approved', 'published'];
    for (const state of states) {
      for (const [action, move] of Object.entries(MINUTES_TRANSITIONS)) {
        const result = transition(state, action as MinutesAction);
        expect(result.ok).toBe(move.from === state);
        if (!result.ok) {
          expect(result.it).toContain('possibile solo da');
          expect(result.en).toContain('only possible from');
        }
      }
    }
  });

  it('approves only when every amendment has been decided', () => {
    expect(transition('in-review', 'approve', { pendingAmendments: 2 })).toEqual({
      ok: false,
      it: '2 emendamenti attendono la decisione della segreteria',
      en: "2 amendments await the secretary's decision",
    });
    expect(transition('in-review', 'approve', { pendingAmendments: 0 }).ok).toBe(true);
  });

  it('does not share text holding personal data', () => {
    expect(transition('draft', 'open-review', { personalDataFindings: 1 }).ok).toBe(false);
    expect(transition('approved', 'publish', { personalDataFindings: 1 }).ok).toBe(false);
  });

  it('says who may change the text in each state', () => {
    expect([editableBy('draft'), editableBy('in-review'), editableBy('approved'), editableBy('published')]).toEqual([
      'secretary',
      'amendments',
      'nobody',
      'nobody',
    ]);
  });
});
