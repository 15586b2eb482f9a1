import type { components } from '@dev-coach/api-client';
import type { RaRecord } from 'react-admin';

export type Invite = components['schemas']['InviteResponseDto'] & RaRecord<string>;
export type InviteStatus = Invite['status'];

export const inviteStatusChoices: { id: InviteStatus; name: string }[] = [
  { id: 'pending', name: 'devcoach.invites.status.pending' },
  { id: 'accepted', name: 'devcoach.invites.status.accepted' },
  { id: 'revoked', name: 'devcoach.invites.status.revoked' },
  { id: 'expired', name: 'devcoach.invites.status.expired' },
];

export const inviteRepresentation = (invite: Pick<Invite, 'email'>): string => invite.email;

/** The create answer: with `link` only when mail stays in the outbox (shown once, never stored). */
export type CreatedInvite = components['schemas']['CreatedInviteResponseDto'] & RaRecord<string>;
export type NewInvite = components['schemas']['CreateInviteDto'];
