// Sentinel notes (staff, read-only) for <Resource name="notes" {...notes} />.
export { default as icon } from '@mui/icons-material/StickyNote2';
export { NoteList as list } from './NoteList';
export const recordRepresentation = 'text';
