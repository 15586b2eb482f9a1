import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../ApiError';
import { CSRF_COOKIE, CSRF_HEADER, REFRESH_LOCK_NAME, REFRESH_PATH } from '../constants';
import { createApiClient, unwrap } from '../createApiClient';
import { refreshSession, shouldRefreshSession, wasRefreshAttempted } from '../sessionRefresh';
import { apiError, clearCookie, json, setCookie, stubFetch } from '../testing';

const ME = '/api/v1/me';
const me = { id: 'u1', email: 'ada@example.com' };
const expired = () => apiError(401, 'token_expired', 'Your session token has expired.');
const signedOut = () => apiError(401, 'unauthorized', 'Please sign in.');

/** A refresh endpoint that rotates the CSRF cookie like the API does, counting its calls. */
function rotatingRefresh(status = 200) {
  let count = 0;
  return {
    get count() {
      return count;
    },
    route: () => {
      count += 1;
      if (status !== 200) {
        clearCookie(CSRF_COOKIE);
        return apiError(status, 'token_invalid', 'This session has ended. Please sign in again.');
      }
      setCookie(CSRF_COOKIE, `csrf-after-refresh-${count}`);
      return json(200, { expiresIn: 900 });
    },
  };
}

const getMe = () => unwrap(createApiClient().GET(ME));

describe('createApiClient session refresh', () => {
  beforeEach(() => {
    setCookie(CSRF_COOKIE, 'csrf-1');
  });

  afterEach(() => {
    clearCookie(CSRF_COOKIE);
  });

  it('should refresh once and retry the request when the API answers 401 token_expired', async () => {
    const refresh = rotatingRefresh();
    let meCalls = 0;
    const { calls } = stubFetch({
      [`GET ${ME}`]: () => (++meCalls === 1 ? expired() : json(200, me)),
      [`POST ${REFRESH_PATH}`]: refresh.route,
    });

    await expect(getMe()).resolves.toEqual(me);

    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      `GET ${ME}`,
      `POST ${REFRESH_PATH}`,
      `GET ${ME}`,
    ]);
    expect(calls[1]?.headers.get(CSRF_HEADER)).toBe('csrf-1');
    expect(calls[1]?.credentials).toBe('include');
  });

  it('should share one refresh when several requests fail with token_expired at the same time', async () => {
    const refresh = rotatingRefresh();
    let refreshed = false;
    stubFetch({
      [`GET ${ME}`]: () => (refreshed ? json(200, me) : expired()),
      'GET /api/v1/identities': () => (refreshed ? json(200, []) : expired()),
      [`POST ${REFRESH_PATH}`]: async () => {
        // Answer only after every request has had its 401, so all of them wait on this one.
        await new Promise((resolve) => setTimeout(resolve, 20));
        refreshed = true;
        return refresh.route();
      },
    });
    const api = createApiClient();

    const results = await Promise.all([
      unwrap(api.GET(ME)),
      unwrap(api.GET('/api/v1/identities')),
      unwrap(createApiClient().GET(ME)),
    ]);

    expect(results).toEqual([me, [], me]);
    expect(refresh.count).toBe(1);
  });

  it('should send the rotated CSRF token and the same body when it retries a write after a refresh', async () => {
    const refresh = rotatingRefresh();
    let patches = 0;
    const { calls } = stubFetch({
      [`PATCH ${ME}`]: () => (++patches === 1 ? expired() : json(200, me)),
      [`POST ${REFRESH_PATH}`]: refresh.route,
    });

    await unwrap(createApiClient().PATCH(ME, { body: { firstName: 'Ada' } }));

    const writes = calls.filter((call) => call.method === 'PATCH');
    expect(writes.map((call) => call.headers.get(CSRF_HEADER))).toEqual(['csrf-1', 'csrf-after-refresh-1']);
    expect(writes[1]?.body).toEqual({ firstName: 'Ada' });
  });

  it('should reject with the original 401, marked as refreshed, when the refresh fails', async () => {
    const refresh = rotatingRefresh(401);
    const { calls } = stubFetch({ [`GET ${ME}`]: expired, [`POST ${REFRESH_PATH}`]: refresh.route });

    const error = await getMe().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ statusCode: 401, code: 'token_expired' });
    expect(wasRefreshAttempted(error)).toBe(true);
    expect(calls.filter((call) => call.url === ME)).toHaveLength(1);
  });

  it('should not refresh a second time when the retried request is still refused', async () => {
    const refresh = rotatingRefresh();
    stubFetch({ [`GET ${ME}`]: expired, [`POST ${REFRESH_PATH}`]: refresh.route });

    await expect(getMe()).rejects.toMatchObject({ statusCode: 401 });
    expect(refresh.count).toBe(1);
  });

  it('should refresh when the access cookie is gone but the session cookies remain', async () => {
    // The browser drops dc_access when the token expires, so the API sees no token at all.
    const refresh = rotatingRefresh();
    let meCalls = 0;
    stubFetch({
      [`GET ${ME}`]: () => (++meCalls === 1 ? signedOut() : json(200, me)),
      [`POST ${REFRESH_PATH}`]: refresh.route,
    });

    await expect(getMe()).resolves.toEqual(me);
    expect(refresh.count).toBe(1);
  });

  it('should not refresh when the API answers 401 unauthorized to a visitor without session cookies', async () => {
    clearCookie(CSRF_COOKIE);
    const refresh = rotatingRefresh();
    stubFetch({ [`GET ${ME}`]: signedOut, [`POST ${REFRESH_PATH}`]: refresh.route });

    await expect(getMe()).rejects.toMatchObject({ statusCode: 401, code: 'unauthorized' });
    expect(refresh.count).toBe(0);
  });

  it('should not refresh when the 401 comes from the sign-in route', async () => {
    const refresh = rotatingRefresh();
    stubFetch({
      'POST /api/v1/auth/login': () => apiError(401, 'token_expired', 'Odd, but not ours to refresh.'),
      [`POST ${REFRESH_PATH}`]: refresh.route,
    });

    await expect(
      unwrap(createApiClient().POST('/api/v1/auth/login', { body: { email: 'a@b.io', password: 'x' } })),
    ).rejects.toMatchObject({ statusCode: 401 });
    expect(refresh.count).toBe(0);
  });

  it('should retry without refreshing when another refresh rotated the cookies after the request left', async () => {
    const refresh = rotatingRefresh();
    let meCalls = 0;
    stubFetch({
      [`GET ${ME}`]: () => {
        meCalls += 1;
        if (meCalls === 1) {
          // Another tab refreshes while this request is on its way.
          setCookie(CSRF_COOKIE, 'csrf-from-another-tab');
          return expired();
        }
        return json(200, me);
      },
      [`POST ${REFRESH_PATH}`]: refresh.route,
    });

    await expect(getMe()).resolves.toEqual(me);
    expect(refresh.count).toBe(0);
  });

  it('should not treat a 403 as a reason to refresh', () => {
    expect(shouldRefreshSession(403, 'csrf_invalid')).toBe(false);
  });
});

describe('refreshSession', () => {
  afterEach(() => {
    clearCookie(CSRF_COOKIE);
  });

  it('should run the refresh under the cross-tab lock when the browser has the Web Locks API', async () => {
    setCookie(CSRF_COOKIE, 'csrf-1');
    const request = vi.fn((_name: string, callback: () => Promise<boolean>) => callback());
    vi.stubGlobal('navigator', { ...navigator, locks: { request } });
    const { calls } = stubFetch({ [`POST ${REFRESH_PATH}`]: () => json(200, { expiresIn: 900 }) });

    await expect(refreshSession(createApiClient())).resolves.toBe(true);

    expect(request).toHaveBeenCalledWith(REFRESH_LOCK_NAME, expect.any(Function));
    expect(calls).toHaveLength(1);
    expect(calls[0]?.headers.get(CSRF_HEADER)).toBe('csrf-1');
  });

  it('should skip its own request when another tab refreshed while it waited for the lock', async () => {
    setCookie(CSRF_COOKIE, 'csrf-1');
    const request = vi.fn((_name: string, callback: () => Promise<boolean>) => {
      setCookie(CSRF_COOKIE, 'csrf-from-another-tab');
      return callback();
    });
    vi.stubGlobal('navigator', { ...navigator, locks: { request } });
    const { calls } = stubFetch({});

    await expect(refreshSession(createApiClient())).resolves.toBe(true);
    expect(calls).toHaveLength(0);
  });

  it('should refresh without a lock when the browser has no Web Locks API', async () => {
    setCookie(CSRF_COOKIE, 'csrf-1');
    vi.stubGlobal('navigator', { ...navigator, locks: undefined });
    const { calls } = stubFetch({ [`POST ${REFRESH_PATH}`]: () => json(200, { expiresIn: 900 }) });

    await expect(refreshSession(createApiClient())).resolves.toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('should resolve false when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    await expect(refreshSession(createApiClient())).resolves.toBe(false);
  });
});
