import { migrationRows, movedCount, stateMapOf } from '../model/migration';
import type { WorkflowDefinition, WorkflowVersion } from '../api/types';

const t = (it: string) => ({ it, en: it });
const v1: WorkflowDefinition = {
  start: { roles: ['udp'] },
  states: [
    { key: 'presentata', label: t('Presentata'), kind: 'initial', colour: '#000000' },
    { key: 'istruttoria', label: t('Istruttoria'), kind: 'normal', colour: '#000000' },
    { key: 'chiusa', label: t('Chiusa'), kind: 'final', colour: '#000000' },
  ],
  transitions: [],
};
const v2: WorkflowDefinition = {
  ...v1,
  states: [
    { key: 'presentata', label: t('Presentata'), kind: 'initial', colour: '#000000' },
    { key: 'verifica', label: t('Verifica'), kind: 'normal', colour: '#000000' },
    { key: 'chiusa', label: t('Chiusa'), kind: 'final', colour: '#000000' },
  ],
};
const versions = [
  { documentId: 'a', version: 1, status: 'retired', definition: v1 },
  { documentId: 'b', version: 2, status: 'published', definition: v1 },
] as WorkflowVersion[];

describe('moving running instances on publish', () => {
  it('groups the running instances by old state, labelled from their version, proposing the same state when the new version keeps it', () => {
    const rows = migrationRows(
      [
        { version: 1, state: 'istruttoria', count: 2 },
        { version: 2, state: 'istruttoria', count: 3 },
        { version: 2, state: 'presentata', count: 1 },
      ],
      versions,
      v2
    );
    expect(rows).toEqual([
      { state: 'istruttoria', label: t('Istruttoria'), count: 5, versions: [1, 2], proposed: '' },
      { state: 'presentata', label: t('Presentata'), count: 1, versions: [2], proposed: 'presentata' },
    ]);
    const choices = { istruttoria: 'verifica', presentata: '' };
    expect(movedCount(rows, choices)).toEqual({ moved: 5, staying: 1 });
    expect(stateMapOf(choices)).toEqual({ istruttoria: 'verifica' });
  });
});
