import type { LocalizedText, WorkflowDefinition } from '../api/types';

/** The smallest valid workflow: an open state, a closed one and the move between them, for the UdP to extend. */
export function starterDefinition(texts: { open: LocalizedText; closed: LocalizedText; close: LocalizedText }): WorkflowDefinition {
  return {
    start: { roles: ['udp', 'operator'] },
    states: [
      { key: 'open', label: texts.open, kind: 'initial', colour: '#1565c0' },
      { key: 'closed', label: texts.closed, kind: 'final', colour: '#2e7d32' },
    ],
    transitions: [{ key: 'close', from: ['open'], to: 'closed', label: texts.close, roles: ['udp', 'operator'] }],
  } as WorkflowDefinition;
}

export interface NewWorkflowValues {
  key?: string;
  name?: { it?: string; en?: string };
  contentType?: string;
}
