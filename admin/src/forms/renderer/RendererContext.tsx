import { createContext, useContext } from 'react';
import type { Evaluation } from '@forms-shared';
import type { Language } from '../model/localized';

/** What every input of a rendered form needs besides its own field. */
export interface RendererState {
  /** The engine's live evaluation of the current values: visibility and calculated values. */
  evaluation: Evaluation;
  language: Language;
  /** A submission that may not be changed: inputs show their values only. */
  readOnly: boolean;
}

export const RendererContext = createContext<RendererState | null>(null);

export function useRenderer(): RendererState {
  const state = useContext(RendererContext);
  if (!state) throw new Error('useRenderer outside a FormRenderer');
  return state;
}
