import { useQuery } from '@tanstack/react-query';
import { httpClient } from '../providers/httpClient';
import { JOBS_API, type JobCounts } from './types';

/** Queue counts, refreshed every 10 s while the page is open (jobs move on their own). */
export const useJobCounts = () =>
  useQuery({
    queryKey: ['jobs', 'counts'],
    queryFn: async () => (await httpClient(`${JOBS_API}/counts`)).json as JobCounts,
    refetchInterval: 10_000,
  });
