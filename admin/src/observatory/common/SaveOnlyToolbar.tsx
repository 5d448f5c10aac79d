import { SaveButton, Toolbar } from 'react-admin';

/** The observatory keeps its history: objectives, indicators and population rows are corrected, never deleted (no DELETE route). */
export const SaveOnlyToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);
