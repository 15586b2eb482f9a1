import { useQuery } from '@tanstack/react-query';
import { api } from '../providers/apiClient';
import { call } from '../providers/httpClient';

/** Queue counts, refreshed every 10 s while the page is open (jobs move on their own). */
export const useJobCounts = () =>
  useQuery({
    queryKey: ['jobs', 'counts'],
    queryFn: async () => (await call(api.GET('/api/v1/admin/jobs/counts'))).data,
    refetchInterval: 10_000,
  });
