import SendIcon from '@mui/icons-material/Send';
import { Box } from '@mui/material';
import { DeleteButton, useRecordContext } from 'react-admin';
import { RecordActionButton } from '../common/RecordActionButton';
import { type Invite, inviteRepresentation } from './types';

/**
 * Resend (a fresh link, seven more days; the old link stops working) and revoke, for invitations
 * nobody has accepted or revoked yet. Revoke texts: `resources.invites.message.delete_*`.
 */
export const InviteRowActions = () => {
  const invite = useRecordContext<Invite>();
  if (!invite || invite.status === 'accepted' || invite.status === 'revoked') {
    return null;
  }
  return (
    <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 1 }}>
      <RecordActionButton
        path="/api/v1/admin/invites/{id}/resend"
        label="devcoach.invites.resend"
        successMessage="devcoach.invites.resent"
        icon={<SendIcon />}
        describe={(record) => inviteRepresentation(record as Invite)}
      />
      <DeleteButton
        mutationMode="pessimistic"
        label="devcoach.invites.revoke"
        confirmColor="warning"
        redirect={false}
      />
    </Box>
  );
};
