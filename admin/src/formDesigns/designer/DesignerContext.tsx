import { createContext, useContext, useMemo, useState } from 'react';
import { validateDefinition, type FormDefinition } from '@forms-shared';
import type { EditResult } from '../model/definitionOps';
import type { ItemPath } from '../model/itemPaths';
import type { Language } from '../../forms/model/localized';

/** A problem of the definition, with where it is (`sections.0.fields.2.min`) and its text in the user's language. */
export interface DesignIssue {
  path: string;
  text: string;
}

export interface DesignerState {
  definition: FormDefinition;
  selected: ItemPath | null;
  /** Changed since loaded or saved. */
  dirty: boolean;
  /** The shared validator's problems with the current definition, live. */
  issues: DesignIssue[];
  /** What the server said when it last refused the draft (paths `definition.…`), until the next save. */
  serverIssues: DesignIssue[];
  setServerIssues(issues: DesignIssue[]): void;
  language: Language;
  /** Field keys and option codes (`key.code`) of published versions: the data uses them, so they never follow a label. */
  frozenKeys: ReadonlySet<string>;
  select(path: ItemPath | null): void;
  /** Applies an edit: a new definition, or one with the item to select. */
  apply(edit: (definition: FormDefinition) => FormDefinition | EditResult): void;
  /** The definition as saved: still dirty if edited since. */
  markSaved(saved: FormDefinition): void;
}

export const DesignerContext = createContext<DesignerState | null>(null);

export function useDesigner(): DesignerState {
  const state = useContext(DesignerContext);
  if (!state) throw new Error('useDesigner outside a DesignerContext');
  return state;
}

/** The designer's state: the definition being edited, the selected item, the live problems. */
export function useDesignerState(
  initial: FormDefinition,
  language: Language,
  frozenKeys: ReadonlySet<string> = new Set()
): DesignerState {
  const [state, setState] = useState(() => ({
    definition: initial,
    selected: (initial.sections.length > 0 ? 'sections.0' : null) as ItemPath | null,
    dirty: false,
  }));
  const { definition } = state;
  const [serverIssues, setServerIssues] = useState<DesignIssue[]>([]);
  const issues = useMemo(
    () => validateDefinition(definition).map((issue) => ({ path: issue.path, text: issue[language] })),
    [definition, language]
  );
  return {
    ...state,
    issues,
    serverIssues,
    setServerIssues,
    language,
    frozenKeys,
    select: (selected) => setState((previous) => ({ ...previous, selected })),
    apply: (edit) =>
      setState((previous) => {
        const result = edit(previous.definition);
        return 'sections' in result
          ? { ...previous, definition: result, dirty: true }
          : { definition: result.definition, selected: result.selected, dirty: true };
      }),
    markSaved: (saved) => setState((previous) => ({ ...previous, dirty: previous.definition !== saved })),
  };
}
