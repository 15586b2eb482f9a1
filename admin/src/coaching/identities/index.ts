// Client identities (staff) for <Resource name="identities" {...identities} />.
export { default as icon } from '@mui/icons-material/Badge';
export { IdentityEdit as edit } from './IdentityEdit';
export { IdentityList as list } from './IdentityList';
export { IdentityShow as show } from './IdentityShow';
export const recordRepresentation = 'name';
