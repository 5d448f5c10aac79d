import { COLUMN_WIDTH, ROW_HEIGHT, layoutStates } from '../model/layout';

describe('diagram layout', () => {
  it('puts states in columns by distance from the initial state, unreachable ones last', () => {
    const placements = layoutStates({
      states: [{ key: 'b' }, { key: 'a', kind: 'initial' }, { key: 'c' }, { key: 'd' }, { key: 'lost' }],
      transitions: [
        { from: 'a', to: 'b' },
        { from: ['a', 'b'], to: 'c' },
        { from: 'c', to: 'd' },
        { from: 'x', to: 'a' },
      ],
    });
    expect(placements).toEqual([
      { key: 'b', x: COLUMN_WIDTH, y: 0 },
      { key: 'a', x: 0, y: 0 },
      { key: 'c', x: COLUMN_WIDTH, y: ROW_HEIGHT },
      { key: 'd', x: 2 * COLUMN_WIDTH, y: 0 },
      { key: 'lost', x: 3 * COLUMN_WIDTH, y: 0 },
    ]);
  });

  it('ignores blank and repeated keys while a state is being typed', () => {
    expect(layoutStates({ states: [{ key: 'a', kind: 'initial' }, { key: '' }, { key: 'a' }], transitions: [] })).toEqual([
      { key: 'a', x: 0, y: 0 },
    ]);
  });
});
