/** Texts for the invite link dialog and the inviter column, merged into the app's messages. */
export const inviteMessages = {
  resources: {
    invites: {
      fields: {
        invitedById: 'Invited by',
      },
    },
  },
  devcoach: {
    invites: {
      link_title: 'Invitation for %{email}',
      link_intro:
        'Email is kept in the outbox on this server, so no message goes out. Send this link to %{email} yourself, by a channel you trust. This is the only time it is shown.',
      link_label: 'Invitation link',
      link_usage:
        'It works once, for seven days, and confirms their address. If it is lost, use Resend on the invite for a fresh link.',
      link_done: 'I’ve passed it on',
      status: {
        revoked: 'Revoked',
      },
    },
  },
};
