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
export const COLOURS = { start: '#1565c0', work: '#f9a825', wait: '#6a1b9a', active: '#00838f', done: '#2e7d32', stopped: '#757575' };

export const state = (key: string, label: LocalizedText, kind: StateDefinition['kind'], colour: string, extra: Partial<StateDefinition> = {}): StateDefinition => ({
  key,
  label,
  kind,
  colour,
  ...extra,
});

/** The caller must explain the move (closures, rejections, referrals). */
export const commentRequired = { type: 'comment' as const, required: true };

/**
 * Cases do not exist yet, so the demo's running workflows apply to the catalogue's services
 * (`api::service.service`), records every demo installation has: an instance "on" the housing network service
 * stands for one housing case of that service. When the case file arrives, new versions of these workflows
 * will apply to it.
 */
export const STAND_IN_TYPE = 'api::service.service';
