import type { CaseSubmission, WorkflowInstanceSummary } from '../api/types';
import { buildTimeline } from '../model/timeline';

const submission = (documentId: string, createdAt: string): CaseSubmission => ({
  documentId,
  form: 'segretariato-intake',
  formTitle: { it: 'Scheda di accesso', en: 'Intake record' },
  version: 1,
  author: 'op.bussero',
  createdAt,
});

const instance = (history: WorkflowInstanceSummary['history']): WorkflowInstanceSummary => ({
  documentId: 'wf1',
  workflow: { key: 'segretariato', name: null, version: 1 },
  state: { key: 'analysis', label: { it: 'Analisi', en: 'Analysis' }, kind: 'normal', colour: '#123456' },
  closed: false,
  deadline: null,
  overdue: false,
  history,
});

describe('the timeline of a case', () => {
  it('merges forms and workflow moves, newest first', () => {
    const entries = buildTimeline(
      [submission('s1', '2026-11-20T10:00:00.000Z'), submission('s2', '2026-11-24T09:00:00.000Z')],
      [
        instance([
          {
            documentId: 'h1',
            transition: null,
            fromState: null,
            toState: 'reception',
            comment: null,
            actorUsername: 'op.bussero',
            at: '2026-11-19T08:00:00.000Z',
          },
          {
            documentId: 'h2',
            transition: 'analyse',
            fromState: 'reception',
            toState: 'analysis',
            comment: 'ok',
            actorUsername: 'op.bussero',
            at: '2026-11-22T08:00:00.000Z',
          },
        ]),
      ]
    );
    expect(entries.map((entry) => entry.id)).toEqual(['form:s2', 'move:h2', 'form:s1', 'move:h1']);
    expect(entries[1]).toMatchObject({
      kind: 'transition',
      workflow: 'segretariato',
      from: 'reception',
      to: 'analysis',
      comment: 'ok',
    });
    expect(entries[0]).toMatchObject({ kind: 'form', title: { it: 'Scheda di accesso' }, by: 'op.bussero' });
  });

  it('is empty for a case with nothing filled and instances listed without their history', () => {
    expect(buildTimeline([], [instance(undefined)])).toEqual([]);
  });
});
