import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import MarkEmailUnreadIcon from '@mui/icons-material/MarkEmailUnread';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, useListContext, useNotify, useUnselectAll } from 'react-admin';
import { api } from '../providers/apiClient';
import { call } from '../providers/httpClient';

const BulkVerifyButton = ({ verified }: { verified: boolean }) => {
  const { selectedIds } = useListContext();
  const notify = useNotify();
  const unselectAll = useUnselectAll('users');
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: async (ids: string[]) =>
      (await call(api.POST('/api/v1/admin/users/bulk-verify', { body: { ids, verified } }))).data,
    onSuccess: async (result) => {
      notify(verified ? 'devcoach.users.bulk_verified' : 'devcoach.users.bulk_unverified', {
        type: 'success',
        messageArgs: { changed: result.changedIds.length, unchanged: result.unchangedIds.length },
      });
      unselectAll();
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    },
    onError: (error: Error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
  });
  return (
    <Button
      label={verified ? 'devcoach.users.mark_verified' : 'devcoach.users.mark_unverified'}
      disabled={mutation.isPending || selectedIds.length === 0}
      onClick={() => mutation.mutate(selectedIds.map(String))}
    >
      {verified ? <MarkEmailReadIcon /> : <MarkEmailUnreadIcon />}
    </Button>
  );
};

/**
 * "Mark verified / not verified" for the selected accounts, in one request: all or nothing,
 * each account that changes audited by the API.
 */
export const BulkVerifyButtons = () => (
  <>
    <BulkVerifyButton verified />
    <BulkVerifyButton verified={false} />
  </>
);
