import { apiError, json, type Route, stubFetch as stubNetwork } from '@dev-coach/frontend-api/testing';

export { apiError, json, type StubbedCall } from '@dev-coach/frontend-api/testing';

const HEALTH_CHECK = '/health/ready';

/**
 * `stubFetch` from `@dev-coach/frontend-api/testing`, plus the health check the app shell polls,
 * which answers "ready" unless a test routes it. Anything else that is not routed answers 404 so
 * a test notices requests it did not expect.
 */
export function stubFetch(routes: Record<string, Route>) {
  const { fetchMock, calls } = stubNetwork(routes, {
    fallback: (call) =>
      call.method === 'GET' && call.url === HEALTH_CHECK
        ? json(200, { status: 'ok', checks: {} })
        : apiError(404, 'not_found', `No stub for ${call.method} ${call.url}`),
  });
  /** Calls other than the background health check. */
  const apiCalls = () => calls.filter((call) => call.url !== HEALTH_CHECK);
  return { fetchMock, calls, apiCalls };
}
