import ReplayIcon from '@mui/icons-material/Replay';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, useNotify, useRecordContext } from 'react-admin';
import { api } from '../providers/apiClient';
import { call } from '../providers/httpClient';
import type { FailedJob } from './types';

/**
 * Runs a failed job again with a fresh set of attempts (audited by the API), then refreshes the
 * failed list and the counts.
 */
export const RetryJobButton = () => {
  const job = useRecordContext<FailedJob>();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (target: FailedJob) =>
      call(
        api.POST('/api/v1/admin/jobs/{queue}/{jobId}/retry', {
          params: { path: { queue: target.queue, jobId: target.jobId } },
        }),
      ),
    onSuccess: async (_, target) => {
      notify('devcoach.jobs.retried', { type: 'success', messageArgs: { name: target.name } });
      await queryClient.invalidateQueries({ queryKey: ['jobs'] });
    },
    onError: (error: Error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
  });
  if (!job) {
    return null;
  }
  return (
    <Button
      label="devcoach.jobs.retry"
      disabled={mutation.isPending}
      onClick={(event) => {
        event.stopPropagation();
        mutation.mutate(job);
      }}
    >
      <ReplayIcon />
    </Button>
  );
};
