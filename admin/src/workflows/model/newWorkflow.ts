import type { LocalizedText, WorkflowDefinition } from '../api/types';

/** The smallest valid workflow: an open state, a closed one and the move between them, for the UdP to extend. */
export function starterDefinition(texts: {
  open: LocalizedText;
  closed: LocalizedText;
  close: LocalizedText;
}): WorkflowDefinition {
  return {
    start: { roles: ['udp', 'operator'] },
    states: [
      { key: 'aperto', label: texts.open, kind: 'initial', colour: '#1565c0' },
      { key: 'chiuso', label: texts.closed, kind: 'final', colour: '#2e7d32' },
    ],
    transitions: [{ key: 'chiudi', from: ['aperto'], to: 'chiuso', label: texts.close, roles: ['udp', 'operator'] }],
  } as WorkflowDefinition;
}

export interface NewWorkflowValues {
  name?: { it?: string; en?: string };
  contentType?: string;
}
