import { describe, expect, it } from 'vitest';
import { ApiError, CLIENT_ERROR_CODES, parseApiError, toApiError } from '../ApiError';

describe('parseApiError', () => {
  it('should keep the server fields when the body has the documented error shape', () => {
    const body = JSON.stringify({
      statusCode: 400,
      code: 'validation_failed',
      message: 'The request body is invalid.',
      details: [{ field: 'email', message: 'email must be an email' }],
    });

    const error = parseApiError(400, body);

    expect(error).toBeInstanceOf(ApiError);
    expect(error.statusCode).toBe(400);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('The request body is invalid.');
    expect(error.details).toEqual([{ field: 'email', message: 'email must be an email' }]);
    expect(error.isFromServer).toBe(true);
  });

  it('should fall back to a generic error when the body is an HTML page', () => {
    const error = parseApiError(502, '<html><body><h1>502 Bad Gateway</h1></body></html>');

    expect(error.statusCode).toBe(502);
    expect(error.code).toBe(CLIENT_ERROR_CODES.unexpectedResponse);
    expect(error.message).toMatch(/something went wrong on our side/i);
    expect(error.message).not.toContain('<html>');
    expect(error.details).toBeUndefined();
    expect(error.isFromServer).toBe(false);
  });

  it('should fall back to a generic error when the body is empty', () => {
    const error = parseApiError(404, '');

    expect(error.statusCode).toBe(404);
    expect(error.code).toBe(CLIENT_ERROR_CODES.unexpectedResponse);
    expect(error.message).toBe('We could not find what you were looking for.');
  });

  it('should fall back to a generic error when the JSON does not match the documented shape', () => {
    const error = parseApiError(500, JSON.stringify({ error: 'boom' }));

    expect(error.statusCode).toBe(500);
    expect(error.code).toBe(CLIENT_ERROR_CODES.unexpectedResponse);
  });

  it('should drop malformed details when the rest of the body is valid', () => {
    const body = JSON.stringify({
      statusCode: 400,
      code: 'validation_failed',
      message: 'Invalid.',
      details: [{ field: 'email', message: 'bad' }, 'junk', { field: 3 }],
    });

    expect(parseApiError(400, body).details).toEqual([{ field: 'email', message: 'bad' }]);
  });
});

describe('ApiError.fromResponse', () => {
  it('should read a plain-text body when the response is not JSON', async () => {
    const response = new Response('Service Unavailable', {
      status: 503,
      headers: { 'Content-Type': 'text/plain' },
    });

    const error = await ApiError.fromResponse(response);

    expect(error.statusCode).toBe(503);
    expect(error.code).toBe(CLIENT_ERROR_CODES.unexpectedResponse);
    expect(error.message).toMatch(/HTTP 503/);
  });
});

describe('toApiError', () => {
  it('should keep the server fields when the parsed body has the documented error shape', () => {
    const body = { statusCode: 409, code: 'email_taken', message: 'That email is already registered.' };

    const error = toApiError(409, body);

    expect(error).toMatchObject({ statusCode: 409, code: 'email_taken', isFromServer: true });
    expect(error.body).toEqual(body);
  });

  it('should fall back to a generic error when the parsed body is plain text', () => {
    expect(toApiError(502, 'Bad Gateway')).toMatchObject({
      statusCode: 502,
      code: CLIENT_ERROR_CODES.unexpectedResponse,
    });
  });
});
