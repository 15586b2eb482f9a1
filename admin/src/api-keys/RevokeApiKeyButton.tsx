import BlockIcon from '@mui/icons-material/Block';
import { DeleteButton, useRecordContext } from 'react-admin';
import type { ApiKey } from './types';

/**
 * Revokes a key at once (`DELETE /admin/api-keys/:id`; the row stays for the audit trail). Asks
 * first: scripts using the key stop working. Texts: `resources.api-keys.message.delete_*`.
 */
export const RevokeApiKeyButton = () => {
  const key = useRecordContext<ApiKey>();
  if (!key || key.status === 'revoked') {
    return null;
  }
  return (
    <DeleteButton
      mutationMode="pessimistic"
      label="devcoach.api_keys.revoke"
      icon={<BlockIcon />}
      confirmColor="warning"
      redirect={false}
      successMessage="devcoach.api_keys.revoked"
    />
  );
};
