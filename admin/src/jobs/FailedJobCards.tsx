import { Box, Typography } from '@mui/material';
import { RecordContextProvider, useListContext, useTranslate } from 'react-admin';
import { when } from '../coaching/dates';
import { RetryJobButton } from './RetryJobButton';
import type { FailedJob } from './types';

/** Phones: one block per failed job with its error and Retry, instead of a wide table. */
export const FailedJobCards = () => {
  const { data, isPending } = useListContext<FailedJob>();
  const translate = useTranslate();
  if (isPending) {
    return null;
  }
  if (!data || data.length === 0) {
    return <Typography sx={{ p: 2 }}>{translate('devcoach.jobs.none_failed')}</Typography>;
  }
  return (
    <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
      {data.map((job) => (
        <Box component="li" key={job.id} sx={{ px: 2, py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
          <Typography sx={{ fontWeight: 600 }}>{job.name}</Typography>
          <Typography variant="body2">
            {translate(`devcoach.jobs.queue.${job.queue}`)} · {when(job.failedAt)} ·{' '}
            {translate('devcoach.jobs.attempts', { made: job.attemptsMade, max: job.maxAttempts })}
          </Typography>
          <Typography variant="body2" sx={{ wordBreak: 'break-word', my: 0.5 }}>
            {job.error}
          </Typography>
          <RecordContextProvider value={job}>
            <RetryJobButton />
          </RecordContextProvider>
        </Box>
      ))}
    </Box>
  );
};
