import { useQuery } from '@tanstack/react-query';
import { ApiError } from '@/modules/api/ApiError';

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
  let response: Response;
  try {
    response = await fetch('/health/ready', {
      headers: { Accept: 'application/json' },
      cache: 'no-store',
      signal,
    });
  } catch (error) {
    throw ApiError.network(error);
  }
  if (response.ok) {
    return 'ok';
  }
  // A 503 with a readiness report means the server is up but a dependency is not.
  if (response.status === 503 && (await hasReadinessBody(response.clone()))) {
    return 'degraded';
  }
  throw await ApiError.fromResponse(response);
}

async function hasReadinessBody(response: Response): Promise<boolean> {
  try {
    const body = (await response.json()) as unknown;
    return typeof body === 'object' && body !== null && 'status' in body && 'checks' in body;
  } catch {
    return false;
  }
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
