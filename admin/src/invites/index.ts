// The invites resource (superusers) for <Resource name="invites" {...invites} />.
export { default as icon } from '@mui/icons-material/ForwardToInbox';
export { InviteCreate as create } from './InviteCreate';
export { InviteList as list } from './InviteList';
export { inviteRepresentation as recordRepresentation } from './types';
