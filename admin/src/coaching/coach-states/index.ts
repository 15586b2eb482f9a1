// Coach states (staff) for <Resource name="coach-states" {...coachStates} />.
export { default as icon } from '@mui/icons-material/Route';
export { CoachStateEdit as edit } from './CoachStateEdit';
export { CoachStateList as list } from './CoachStateList';
export { CoachStateShow as show } from './CoachStateShow';
export const recordRepresentation = 'currentPhase';
