import { useDeferredValue } from 'react';
import { useWatch } from 'react-hook-form';
import type { StateValues, TransitionValues } from '../model/formValues';
import { LazyDiagram } from './diagram/LazyDiagram';

/** The diagram of what the form holds now, redrawn as the user edits. */
export const LiveDiagram = () => {
  const states = useWatch({ name: 'states' }) as StateValues[] | undefined;
  const transitions = useWatch({ name: 'transitions' }) as TransitionValues[] | undefined;
  const deferredStates = useDeferredValue(states ?? []);
  const deferredTransitions = useDeferredValue(transitions ?? []);
  return (
    <LazyDiagram
      states={deferredStates.filter(Boolean)}
      transitions={deferredTransitions.filter(Boolean).map((transition) => ({
        key: transition.key,
        from: transition.from ?? [],
        to: transition.to ?? '',
        label: transition.label,
      }))}
    />
  );
};
