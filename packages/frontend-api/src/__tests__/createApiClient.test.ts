import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, CLIENT_ERROR_CODES } from '../ApiError';
import { CSRF_COOKIE, CSRF_HEADER } from '../constants';
import { createApiClient, unwrap, unwrapResult } from '../createApiClient';
import { apiError, clearCookie, json, setCookie, stubFetch } from '../testing';

describe('createApiClient with unwrap', () => {
  afterEach(() => {
    clearCookie(CSRF_COOKIE);
  });

  it('should send JSON with the session cookie when given a body', async () => {
    const { calls } = stubFetch({ 'POST /api/v1/auth/forgot-password': () => json(202, { accepted: true }) });

    await expect(
      unwrap(createApiClient().POST('/api/v1/auth/forgot-password', { body: { email: 'a@b.io' } })),
    ).resolves.toEqual({ accepted: true });

    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      url: '/api/v1/auth/forgot-password',
      method: 'POST',
      credentials: 'include',
      body: { email: 'a@b.io' },
    });
    expect(calls[0]?.headers.get('Content-Type')).toBe('application/json');
    expect(calls[0]?.headers.get('Accept')).toBe('application/json');
  });

  it('should put path parameters into the URL when the route has them', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/auth/invites/a%2Fb': () => json(200, { email: 'a@b.io', expiresAt: 'soon' }),
    });

    await unwrap(
      createApiClient().GET('/api/v1/auth/invites/{token}', { params: { path: { token: 'a/b' } } }),
    );

    expect(calls[0]?.url).toBe('/api/v1/auth/invites/a%2Fb');
  });

  it('should reject with a network ApiError when fetch itself fails', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    const error = await unwrap(createApiClient().GET('/api/v1/me')).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ statusCode: 0, code: CLIENT_ERROR_CODES.network });
  });

  it('should reject with the AbortError itself when the caller aborts', async () => {
    const controller = new AbortController();
    stubFetch({
      'GET /api/v1/me': () => {
        controller.abort();
        throw new DOMException('The operation was aborted.', 'AbortError');
      },
    });

    const error = await unwrap(createApiClient().GET('/api/v1/me', { signal: controller.signal })).catch(
      (e: unknown) => e,
    );

    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('should reject with the server error when the response is not ok', async () => {
    stubFetch({
      'POST /api/v1/auth/verify-email': () => apiError(404, 'not_found', 'Cannot POST /api/v1/x'),
    });

    await expect(
      unwrap(createApiClient().POST('/api/v1/auth/verify-email', { body: { token: 't' } })),
    ).rejects.toMatchObject({ statusCode: 404, code: 'not_found', message: 'Cannot POST /api/v1/x' });
  });

  it('should reject with a generic ApiError when an error response is an HTML page', async () => {
    stubFetch({
      'GET /api/v1/me': () => new Response('<html><h1>502 Bad Gateway</h1></html>', { status: 502 }),
    });

    const error = await unwrap(createApiClient().GET('/api/v1/me')).catch((e: unknown) => e);

    expect(error).toMatchObject({ statusCode: 502, code: CLIENT_ERROR_CODES.unexpectedResponse });
    expect((error as ApiError).message).not.toContain('<html>');
  });

  it('should reject with an unexpected_response ApiError when a success body is not JSON', async () => {
    stubFetch({
      'GET /api/v1/me': () => new Response('<!doctype html><title>Dev Coach</title>', { status: 200 }),
    });

    await expect(unwrap(createApiClient().GET('/api/v1/me'))).rejects.toMatchObject({
      code: CLIENT_ERROR_CODES.unexpectedResponse,
      message: 'The server sent a response we could not read.',
    });
  });

  it('should resolve undefined when the response body is empty', async () => {
    stubFetch({ 'POST /api/v1/auth/logout': () => new Response(null, { status: 204 }) });

    await expect(
      unwrap(createApiClient().POST('/api/v1/auth/logout', { body: {} })),
    ).resolves.toBeUndefined();
  });

  it('should echo the dc_csrf cookie in X-CSRF-Token when the request writes', async () => {
    setCookie(CSRF_COOKIE, 'csrf-value');
    const { calls } = stubFetch({ 'POST /api/v1/auth/logout': () => new Response(null, { status: 204 }) });

    await unwrap(createApiClient().POST('/api/v1/auth/logout', { body: {} }));

    expect(calls[0]?.headers.get(CSRF_HEADER)).toBe('csrf-value');
  });

  it('should not send X-CSRF-Token when the request only reads', async () => {
    setCookie(CSRF_COOKIE, 'csrf-value');
    const { calls } = stubFetch({ 'GET /api/v1/me': () => json(200, {}) });

    await unwrap(createApiClient().GET('/api/v1/me'));

    expect(calls[0]?.headers.has(CSRF_HEADER)).toBe(false);
  });

  it('should send no X-CSRF-Token when the dc_csrf cookie is absent', async () => {
    const { calls } = stubFetch({ 'POST /api/v1/auth/logout': () => new Response(null, { status: 204 }) });

    await unwrap(createApiClient().POST('/api/v1/auth/logout', { body: {} }));

    expect(calls[0]?.headers.has(CSRF_HEADER)).toBe(false);
  });
});

describe('unwrapResult', () => {
  it('should resolve with the body and the response when the call succeeds', async () => {
    stubFetch({
      'GET /api/v1/admin/users': () => json(200, [], { 'Content-Range': 'users 0-0/0' }),
    });

    const { data, response } = await unwrapResult(createApiClient().GET('/api/v1/admin/users'));

    expect(data).toEqual([]);
    expect(response.headers.get('Content-Range')).toBe('users 0-0/0');
  });
});
