import { createContext, useContext } from 'react';
import type { Language } from '../../forms/model/localized';

/** What the draft's inputs need to know besides the form's values. */
export interface DesignerSettings {
  /** State keys of the published version: running instances name them, so labels no longer rename them. */
  lockedStates: ReadonlySet<string>;
  /** Transition keys of the published version, likewise. */
  lockedTransitions: ReadonlySet<string>;
  /** The advanced view: keys visible (and editable), the definition as JSON. */
  advanced: boolean;
  language: Language;
}

export const DesignerSettingsContext = createContext<DesignerSettings>({
  lockedStates: new Set(),
  lockedTransitions: new Set(),
  advanced: false,
  language: 'it',
});

export const useDesignerSettings = () => useContext(DesignerSettingsContext);
