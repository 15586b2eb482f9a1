import { red } from '@mui/material/colors';
import { DeleteButton, SaveButton, Toolbar } from 'react-admin';

/**
 * Save, and a delete that asks first and waits for the API: deleting an account removes its data
 * and cannot be undone. Confirmation texts: `resources.users.message.delete_*`. Delete is a darker
 * red (red 900) than the theme's error colour, which is under 4.5:1 on the toolbar's grey (axe).
 */
export const UserEditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between', '& .ra-delete-button': { color: red[900] } }}>
    <SaveButton />
    <DeleteButton mutationMode="pessimistic" confirmColor="warning" />
  </Toolbar>
);
