import { ApiError, toApiError } from '@dev-coach/frontend-api';
import { useQuery } from '@tanstack/react-query';
import { api } from '@/modules/api/client';

/**
 * - `checking`: the first health check has not finished yet.
 * - `ok`: the server and its dependencies answer.
 * - `degraded`: the server answers, but a dependency (database, queue) is down.
 * - `offline`: no usable answer from the server at all.
 */
export type ServerStatus = 'checking' | 'ok' | 'degraded' | 'offline';

export const serverStatusQueryKey = ['health', 'ready'] as const;

const HEALTHY_INTERVAL_MS = 60_000;
const UNHEALTHY_INTERVAL_MS = 15_000;

type Readiness = 'ok' | 'degraded';

async function fetchReadiness({ signal }: { signal: AbortSignal }): Promise<Readiness> {
  const { response, error } = await api
    .GET('/health/ready', { cache: 'no-store', signal })
    .catch((cause: unknown) => {
      throw ApiError.network(cause);
    });
  if (response.ok) {
    return 'ok';
  }
  // A 503 with a readiness report means the server is up but a dependency is not.
  if (response.status === 503 && isReadinessReport(error)) {
    return 'degraded';
  }
  throw toApiError(response.status, error);
}

function isReadinessReport(body: unknown): boolean {
  return typeof body === 'object' && body !== null && 'status' in body && 'checks' in body;
}

function toStatus(readiness: Readiness | undefined, error: unknown, isPending: boolean): ServerStatus {
  if (readiness) {
    return readiness;
  }
  if (error instanceof ApiError && error.isFromServer) {
    // The server answered with its own error body: reachable, but not well.
    return 'degraded';
  }
  if (error) {
    return 'offline';
  }
  return isPending ? 'checking' : 'offline';
}

/** Polls `GET /health/ready`, more often while the server is unhealthy. */
export function useServerStatus(): ServerStatus {
  const query = useQuery({
    queryKey: serverStatusQueryKey,
    queryFn: fetchReadiness,
    staleTime: 10_000,
    refetchOnWindowFocus: true,
    refetchInterval: (q) =>
      q.state.status === 'success' && q.state.data === 'ok' ? HEALTHY_INTERVAL_MS : UNHEALTHY_INTERVAL_MS,
  });
  // Keep showing the last known state while a background refetch is in flight.
  const readiness = query.isError ? undefined : query.data;
  return toStatus(readiness, query.error, query.isPending);
}
