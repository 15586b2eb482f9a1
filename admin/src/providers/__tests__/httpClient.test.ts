import { CSRF_COOKIE, CSRF_HEADER } from '@dev-coach/frontend-api';
import { HttpError } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { clearCookie, json, setCookie, stubFetch } from '../../test/fetchStub';
import { httpClient } from '../httpClient';

describe('httpClient', () => {
  afterEach(() => {
    clearCookie(CSRF_COOKIE);
  });

  it('should send X-CSRF-Token on POST when the dc_csrf cookie exists', async () => {
    setCookie(CSRF_COOKIE, 'csrf-token-123');
    const { calls } = stubFetch({ 'POST /api/v1/admin/users': () => json(201, { id: 'u1' }) });

    await httpClient('/api/v1/admin/users', { method: 'POST', body: JSON.stringify({ email: 'a@b.io' }) });

    expect(calls).toHaveLength(1);
    expect(calls[0]?.headers.get(CSRF_HEADER)).toBe('csrf-token-123');
    expect(calls[0]?.headers.get('Content-Type')).toBe('application/json');
    expect(calls[0]?.credentials).toBe('include');
  });

  it('should not send X-CSRF-Token when the request is a GET', async () => {
    setCookie(CSRF_COOKIE, 'csrf-token-123');
    const { calls } = stubFetch({ 'GET /api/v1/me': () => json(200, { id: 'u1' }) });

    await httpClient('/api/v1/me');

    expect(calls[0]?.headers.has(CSRF_HEADER)).toBe(false);
    expect(calls[0]?.credentials).toBe('include');
  });

  it('should send no X-CSRF-Token when the dc_csrf cookie is absent', async () => {
    const { calls } = stubFetch({ 'DELETE /api/v1/admin/users/u1': () => json(200, { id: 'u1' }) });

    await httpClient('/api/v1/admin/users/u1', { method: 'DELETE' });

    expect(calls[0]?.headers.has(CSRF_HEADER)).toBe(false);
  });

  it('should keep headers set by the caller when it adds its own', async () => {
    setCookie(CSRF_COOKIE, 'tok');
    const { calls } = stubFetch({ 'PATCH /api/v1/admin/users/u1': () => json(200, { id: 'u1' }) });

    await httpClient('/api/v1/admin/users/u1', {
      method: 'PATCH',
      headers: new Headers({ Range: 'users=0-24' }),
      body: '{}',
    });

    expect(calls[0]?.headers.get('Range')).toBe('users=0-24');
    expect(calls[0]?.headers.get(CSRF_HEADER)).toBe('tok');
    expect(calls[0]?.headers.get('Accept')).toBe('application/json');
  });

  it('should map the error body and its field errors into an HttpError when the API answers with an error', async () => {
    const errorBody = {
      statusCode: 400,
      code: 'validation_failed',
      message: 'The request body is invalid.',
      details: [{ field: 'email', message: 'email must be an email' }],
    };
    stubFetch({ 'POST /api/v1/admin/users': () => json(400, errorBody) });

    const failure: unknown = await httpClient('/api/v1/admin/users', { method: 'POST', body: '{}' }).catch(
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(HttpError);
    const httpError = failure as HttpError;
    expect(httpError.message).toBe('The request body is invalid.');
    expect(httpError.status).toBe(400);
    // react-admin shows `body.errors` next to the matching form inputs.
    expect(httpError.body).toEqual({ ...errorBody, errors: { email: 'email must be an email' } });
  });

  it('should reject with an HttpError of status 0 when the server cannot be reached', async () => {
    stubFetch({
      'GET /api/v1/me': () => {
        throw new TypeError('Failed to fetch');
      },
    });

    const failure: unknown = await httpClient('/api/v1/me').catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(HttpError);
    expect((failure as HttpError).status).toBe(0);
    expect((failure as HttpError).message).toContain('could not be reached');
  });

  it('should explain that the server is unavailable when a gateway answers 502 without our error body', async () => {
    stubFetch({
      'POST /api/v1/auth/login': () => new Response('', { status: 502, statusText: 'Bad Gateway' }),
    });

    const failure: unknown = await httpClient('/api/v1/auth/login', { method: 'POST', body: '{}' }).catch(
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(HttpError);
    expect((failure as HttpError).status).toBe(502);
    expect((failure as HttpError).message).toMatch(/server is unavailable right now \(HTTP 502\)/);
  });
});
