import { apiError, json, type Route, stubFetch as stubNetwork } from '@dev-coach/frontend-api/testing';

export { apiError, json, type StubbedCall } from '@dev-coach/frontend-api/testing';

const HEALTH_CHECK = '/health/ready';
const AUTH_OPTIONS = '/api/v1/auth/options';

/**
 * `stubFetch` from `@dev-coach/frontend-api/testing`, plus the app shell's own background reads —
 * the health check (answers "ready") and the installation's options (invite-only, a real coach) —
 * unless a test routes them. Anything else that is not routed answers 404 so a test notices
 * requests it did not expect.
 */
export function stubFetch(routes: Record<string, Route>) {
  const { fetchMock, calls } = stubNetwork(routes, {
    fallback: (call) =>
      call.method === 'GET' && call.url === HEALTH_CHECK
        ? json(200, { status: 'ok', checks: {} })
        : call.method === 'GET' && call.url === AUTH_OPTIONS
          ? json(200, { signupMode: 'invite', coach: 'model' })
          : apiError(404, 'not_found', `No stub for ${call.method} ${call.url}`),
  });
  /** Calls other than the shell's background reads. */
  const apiCalls = () => calls.filter((call) => call.url !== HEALTH_CHECK && call.url !== AUTH_OPTIONS);
  return { fetchMock, calls, apiCalls };
}
