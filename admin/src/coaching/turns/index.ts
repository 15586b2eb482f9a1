// Coach turns (staff) for <Resource name="turns" {...turns} />.
export { default as icon } from '@mui/icons-material/Forum';
export { TurnList as list } from './TurnList';
export { TurnShow as show } from './TurnShow';
export { turnRepresentation as recordRepresentation } from './types';
