// The safety-event queue (staff) for <Resource name="safety-events" {...safetyEvents} />.
export { default as icon } from '@mui/icons-material/HealthAndSafety';
export { SafetyEventList as list } from './SafetyEventList';
export { SafetyEventShow as show } from './SafetyEventShow';
export { safetyEventRepresentation as recordRepresentation } from './types';
