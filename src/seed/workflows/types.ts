import type { LocalizedText, StateDefinition, WorkflowDefinition } from '../../plugins/workflows/shared';

/** A demo workflow of Distretto 4: its metadata and its first definition. */
export interface SeedWorkflow {
  key: string;
  name: LocalizedText;
  description: LocalizedText;
  /** The content type it applies to (see each file for why). */
  contentType: string;
  definition: WorkflowDefinition;
}

/** A text in Italian and English. */
export const t = (it: string, en: string): LocalizedText => ({ it, en });

/** Colours of the console's state chips. */
export const COLOURS = {
  start: '#1565c0',
  work: '#f9a825',
  wait: '#6a1b9a',
  active: '#00838f',
  done: '#2e7d32',
  stopped: '#757575',
};

export const state = (
  key: string,
  label: LocalizedText,
  kind: StateDefinition['kind'],
  colour: string,
  extra: Partial<StateDefinition> = {}
): StateDefinition => ({
  key,
  label,
  kind,
  colour,
  ...extra,
});

/** The caller must explain the move (closures, rejections, referrals). */
export const commentRequired = { type: 'comment' as const, required: true };

/**
 * The case file (`api::case.case`, issue #5): the workflows of the people the district follows apply to their
 * cases, and a new case starts the one of its service (src/cases/workflow.ts).
 */
export const CASE_TYPE = 'api::case.case';
