// The action log (staff, read-only) for <Resource name="actions" {...actions} />.
export { default as icon } from '@mui/icons-material/History';
export { ActionList as list } from './ActionList';
export { ActionShow as show } from './ActionShow';
export const recordRepresentation = 'type';
