import {
  createApiClient,
  CSRF_COOKIE,
  CSRF_HEADER,
  REFRESH_PATH,
  wasRefreshAttempted,
} from '@dev-coach/frontend-api';
import { HttpError } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearCookie, json, setCookie, stubFetch } from '../../test/fetchStub';
import { createHttpClient, httpClient } from '../httpClient';

const ME = '/api/v1/me';
const me = { id: 'u1', email: 'ada@devcoach.test', role: 'staff' };
const expired = () =>
  json(401, { statusCode: 401, code: 'token_expired', message: 'Your session token has expired.' });

/** The refresh route as the API behaves: new cookies on success, cleared cookies on failure. */
const refreshRoute = (ok = true) => {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    route: () => {
      calls += 1;
      if (!ok) {
        clearCookie(CSRF_COOKIE);
        return json(401, { statusCode: 401, code: 'token_used', message: 'Please sign in again.' });
      }
      setCookie(CSRF_COOKIE, `csrf-rotated-${calls}`);
      return json(200, { expiresIn: 900 });
    },
  };
};

// The refresh itself is tested in @dev-coach/frontend-api; these check that react-admin's
// requests go through it and that its outcome reaches react-admin.
describe('httpClient session refresh', () => {
  beforeEach(() => {
    setCookie(CSRF_COOKIE, 'csrf-1');
  });

  afterEach(() => {
    clearCookie(CSRF_COOKIE);
  });

  it('should refresh once and retry the request when the API answers 401 token_expired', async () => {
    const refresh = refreshRoute();
    let attempts = 0;
    const { calls } = stubFetch({
      [`GET ${ME}`]: () => (++attempts === 1 ? expired() : json(200, me)),
      [`POST ${REFRESH_PATH}`]: refresh.route,
    });

    const { json: body } = await httpClient(ME);

    expect(body).toEqual(me);
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      `GET ${ME}`,
      `POST ${REFRESH_PATH}`,
      `GET ${ME}`,
    ]);
    expect(calls[1]?.headers.get(CSRF_HEADER)).toBe('csrf-1');
  });

  it('should share one refresh when several requests fail with token_expired together', async () => {
    const refresh = refreshRoute();
    let renewed = false;
    stubFetch({
      [`GET ${ME}`]: () => (renewed ? json(200, me) : expired()),
      'GET /api/v1/admin/users/u1': () => (renewed ? json(200, { id: 'u1' }) : expired()),
      [`POST ${REFRESH_PATH}`]: async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        renewed = true;
        return refresh.route();
      },
    });

    await Promise.all([httpClient(ME), httpClient('/api/v1/admin/users/u1'), httpClient(ME)]);

    expect(refresh.calls).toBe(1);
  });

  it('should retry a write with the rotated CSRF token when the refresh succeeds', async () => {
    const refresh = refreshRoute();
    let attempts = 0;
    const { calls } = stubFetch({
      'PATCH /api/v1/admin/users/u1': () => (++attempts === 1 ? expired() : json(200, { id: 'u1' })),
      [`POST ${REFRESH_PATH}`]: refresh.route,
    });

    await httpClient('/api/v1/admin/users/u1', { method: 'PATCH', body: '{"firstName":"Ada"}' });

    const patches = calls.filter((call) => call.method === 'PATCH');
    expect(patches.map((call) => call.headers.get(CSRF_HEADER))).toEqual(['csrf-1', 'csrf-rotated-1']);
    expect(patches[1]?.body).toEqual({ firstName: 'Ada' });
  });

  it('should reject with the original error, marked as refreshed, when the refresh fails', async () => {
    const refresh = refreshRoute(false);
    stubFetch({ [`GET ${ME}`]: expired, [`POST ${REFRESH_PATH}`]: refresh.route });

    const failure: unknown = await httpClient(ME).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(HttpError);
    expect(failure).toMatchObject({ status: 401, message: 'Your session token has expired.' });
    expect(wasRefreshAttempted(failure)).toBe(true);
  });

  it('should not refresh when the sign-in route answers 401', async () => {
    const refresh = refreshRoute();
    stubFetch({
      'POST /api/v1/auth/login': () =>
        json(401, { statusCode: 401, code: 'invalid_credentials', message: 'No match.' }),
      [`POST ${REFRESH_PATH}`]: refresh.route,
    });

    await expect(httpClient('/api/v1/auth/login', { method: 'POST', body: '{}' })).rejects.toThrow(
      'No match.',
    );
    expect(refresh.calls).toBe(0);
  });

  it('should refresh when the access cookie expired away but the session cookies remain', async () => {
    const refresh = refreshRoute();
    let attempts = 0;
    stubFetch({
      [`GET ${ME}`]: () =>
        ++attempts === 1
          ? json(401, { statusCode: 401, code: 'unauthorized', message: 'Please sign in.' })
          : json(200, me),
      [`POST ${REFRESH_PATH}`]: refresh.route,
    });

    await expect(httpClient(ME)).resolves.toMatchObject({ json: me });
    expect(refresh.calls).toBe(1);
  });

  it('should not refresh for a visitor who has no session cookies', async () => {
    clearCookie(CSRF_COOKIE);
    const refresh = refreshRoute();
    stubFetch({
      [`GET ${ME}`]: () => json(401, { statusCode: 401, code: 'unauthorized', message: 'Please sign in.' }),
      [`POST ${REFRESH_PATH}`]: refresh.route,
    });

    await expect(httpClient(ME)).rejects.toMatchObject({ status: 401 });
    expect(refresh.calls).toBe(0);
  });

  it('should send through the injected API client when one is given', async () => {
    const fetch = vi.fn((request: Request) => Promise.resolve(json(200, { url: request.url })));

    const { json: body } = await createHttpClient(createApiClient({ fetch }))(ME);

    expect(fetch).toHaveBeenCalledTimes(1);
    expect(body).toEqual({ url: `${window.location.origin}${ME}` });
  });
});
