// The email outbox (staff) for <Resource name="emails" {...emails} />.
export { default as icon } from '@mui/icons-material/Outbox';
export { EmailList as list } from './EmailList';
export { EmailShow as show } from './EmailShow';
export { emailRepresentation as recordRepresentation } from './types';
