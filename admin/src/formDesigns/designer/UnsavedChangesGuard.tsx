import { useEffect } from 'react';
import { useBlocker } from 'react-router-dom';
import { Confirm } from 'react-admin';

/** Asks before leaving the designer (another page, or closing the tab) with changes not saved. */
export const UnsavedChangesGuard = ({ dirty }: { dirty: boolean }) => {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return (
    <Confirm
      isOpen={blocker.state === 'blocked'}
      title="forms.designer.leaveTitle"
      content="forms.designer.leaveContent"
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    />
  );
};
