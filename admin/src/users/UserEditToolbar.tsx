import { DeleteButton, SaveButton, Toolbar } from 'react-admin';

/**
 * Save, and a delete that asks first and waits for the API: deleting an account removes its data
 * and cannot be undone. Confirmation texts: `resources.users.message.delete_*`.
 */
export const UserEditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteButton mutationMode="pessimistic" confirmColor="warning" />
  </Toolbar>
);
