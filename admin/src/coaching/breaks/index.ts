// Breaks between sessions (staff, read-only) for <Resource name="breaks" {...breaks} />.
export { default as icon } from '@mui/icons-material/Coffee';
export { BreakList as list } from './BreakList';
export const recordRepresentation = 'session';
