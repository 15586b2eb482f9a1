import { ApiError, CLIENT_ERROR_CODES } from '@/modules/api/ApiError';

/** Prefix of every versioned API route. */
export const API_PREFIX = '/api/v1';

export interface ApiFetchOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Serialised as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * Same-origin JSON request that sends the session cookie. Resolves with the parsed body (or
 * `undefined` for an empty one) and rejects with an {@link ApiError} for any failure: network
 * errors, non-2xx answers, and 2xx answers whose body is not valid JSON.
 */
export async function apiFetch<T>(path: string, options: ApiFetchOptions = {}): Promise<T> {
  const { method = options.body === undefined ? 'GET' : 'POST', body, signal } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'include',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) {
      throw error;
    }
    throw ApiError.network(error);
  }

  if (!response.ok) {
    throw await ApiError.fromResponse(response);
  }

  const text = await response.text();
  if (text.trim() === '') {
    return undefined as T;
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new ApiError(
      {
        statusCode: response.status,
        code: CLIENT_ERROR_CODES.unexpectedResponse,
        message: 'The server sent a response we could not read.',
      },
      { cause: error },
    );
  }
}
