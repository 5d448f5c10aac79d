import type { Bilingual, CaseSubmission, WorkflowInstanceSummary } from '../api/types';

/** One line of a case's timeline: a form filled about it, or a move of its workflow. */
export type TimelineEntry =
  | { kind: 'form'; id: string; at: string; title: Bilingual; version: number; by: string | null }
  | {
      kind: 'transition';
      id: string;
      at: string;
      workflow: string;
      /** The workflow's name (its key when it has none) and the version the move was made in, for state labels. */
      workflowName: Bilingual | string;
      version: number;
      transition: string | null;
      from: string | null;
      to: string;
      by: string | null;
      comment: string | null;
    };

/**
 * The case's timeline, newest first: its form submissions and the history of its workflow instances
 * (instances without their history, as the list route gives them, contribute nothing).
 */
export function buildTimeline(
  submissions: readonly CaseSubmission[],
  instances: readonly WorkflowInstanceSummary[]
): TimelineEntry[] {
  const entries: TimelineEntry[] = submissions.map((submission) => ({
    kind: 'form',
    id: `form:${submission.documentId}`,
    at: submission.createdAt,
    title: submission.formTitle,
    version: submission.version,
    by: submission.author,
  }));
  for (const instance of instances) {
    for (const move of instance.history ?? []) {
      entries.push({
        kind: 'transition',
        id: `move:${move.documentId}`,
        at: move.at,
        workflow: instance.workflow.key,
        workflowName: instance.workflow.name ?? instance.workflow.key,
        version: move.version ?? instance.workflow.version,
        transition: move.transition,
        from: move.fromState,
        to: move.toState,
        by: move.actorUsername,
        comment: move.comment,
      });
    }
  }
  return entries.sort((a, b) => timeOf(b.at) - timeOf(a.at) || a.id.localeCompare(b.id));
}

function timeOf(at: string): number {
  const time = Date.parse(at);
  return Number.isNaN(time) ? 0 : time;
}
