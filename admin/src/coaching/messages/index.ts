// Chat messages (staff, read-only) for <Resource name="messages" {...messages} />.
export { default as icon } from '@mui/icons-material/ChatBubbleOutline';
export { MessageList as list } from './MessageList';
export { MessageShow as show } from './MessageShow';
export const recordRepresentation = 'content';
