import SendIcon from '@mui/icons-material/Send';
import { TopToolbar, usePermissions, useRecordContext } from 'react-admin';
import { OpenAsClientButton } from '../client-view/OpenAsClientButton';
import { RecordActionButton } from '../common/RecordActionButton';
import type { Role } from '../providers/authProvider';
import { type User, userRepresentation } from './types';

/** "Resend invitation" for accounts that never set a password (superusers only, like the API). */
export const UserEditActions = () => {
  const record = useRecordContext<User>();
  const { permissions } = usePermissions<Role>();
  if (!record || record.hasPassword || permissions !== 'superuser') {
    return (
      <TopToolbar>
        <OpenAsClientButton />
      </TopToolbar>
    );
  }
  return (
    <TopToolbar>
      <OpenAsClientButton />
      <RecordActionButton
        path="/api/v1/admin/users/{id}/resend-invite"
        label="devcoach.users.resend_invite"
        successMessage="devcoach.users.invite_resent"
        icon={<SendIcon />}
        describe={(user) => userRepresentation(user as User)}
      />
    </TopToolbar>
  );
};
