// The users resource for <Resource name="users" {...users} />.
export { default as icon } from '@mui/icons-material/People';
export { UserCreate as create } from './UserCreate';
export { UserEdit as edit } from './UserEdit';
export { UserList as list } from './UserList';
export { userRepresentation as recordRepresentation } from './types';
