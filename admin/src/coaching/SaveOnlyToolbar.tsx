import { SaveButton, Toolbar } from 'react-admin';

/** Coaching records are never deleted from the back office: save is the only action. */
export const SaveOnlyToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);
