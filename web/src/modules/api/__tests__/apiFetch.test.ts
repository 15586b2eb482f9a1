import { ApiError, CLIENT_ERROR_CODES } from '@/modules/api/ApiError';
import { apiFetch } from '@/modules/api/apiFetch';
import { CSRF_COOKIE, CSRF_HEADER } from '@/modules/api/constants';
import { clearCookie, setCookie } from '@/test/cookies';

describe('apiFetch', () => {
  it('should send JSON with the session cookie when given a body', async () => {
    const fetchMock = vi.fn().mockResolvedValue(new Response(JSON.stringify({ id: 1 }), { status: 201 }));
    vi.stubGlobal('fetch', fetchMock);

    await expect(apiFetch('/api/v1/things', { body: { name: 'x' } })).resolves.toEqual({ id: 1 });

    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/v1/things');
    expect(init).toMatchObject({ method: 'POST', credentials: 'include', body: '{"name":"x"}' });
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', Accept: 'application/json' });
  });

  it('should reject with a network ApiError when fetch itself fails', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    const error = await apiFetch('/api/v1/things').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ statusCode: 0, code: CLIENT_ERROR_CODES.network });
  });

  it('should reject with the server error when the response is not ok', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(
        new Response(
          JSON.stringify({ statusCode: 404, code: 'not_found', message: 'Cannot POST /api/v1/x' }),
          {
            status: 404,
          },
        ),
      ),
    );

    await expect(apiFetch('/api/v1/x', { method: 'POST' })).rejects.toMatchObject({
      statusCode: 404,
      code: 'not_found',
      message: 'Cannot POST /api/v1/x',
    });
  });

  it('should resolve undefined when the response body is empty', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(null, { status: 204 })));

    await expect(apiFetch('/api/v1/session', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('should echo the dc_csrf cookie in X-CSRF-Token when the request writes', async () => {
    setCookie(CSRF_COOKIE, 'csrf-value');
    const fetchMock = vi.fn().mockResolvedValue(new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);

    await apiFetch('/api/v1/auth/logout', { method: 'POST' });
    clearCookie(CSRF_COOKIE);

    const [, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(init.headers).toMatchObject({ [CSRF_HEADER]: 'csrf-value' });
  });

  it('should not send X-CSRF-Token when the request only reads', async () => {
    setCookie(CSRF_COOKIE, 'csrf-value');
    const fetchMock = vi.fn().mockResolvedValue(new Response('{}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);

    await apiFetch('/api/v1/me');
    clearCookie(CSRF_COOKIE);

    const [, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(init.headers).not.toHaveProperty(CSRF_HEADER);
  });
});
