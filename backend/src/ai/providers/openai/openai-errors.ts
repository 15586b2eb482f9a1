import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { AiErrorCode, AiException } from 'src/ai/ai.exception';

const retryAfterSeconds = (headers: Headers | undefined): number | undefined => {
  const millis = Number(headers?.get('retry-after-ms'));
  if (Number.isFinite(millis) && millis > 0) {
    return millis / 1000;
  }
  const raw = headers?.get('retry-after');
  if (!raw) {
    return undefined;
  }
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) {
    return Math.max(0, seconds);
  }
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
};

// Provider messages can echo parts of the request; keep them short in our records.
const brief = (message: string): string => message.replace(/\s+/g, ' ').slice(0, 300);

/**
 * Maps whatever the SDK (or the network under it) threw to one of our codes. 429, 5xx and
 * connection failures are retryable; every other 4xx is final.
 */
export const classifyOpenAiError = (
  error: unknown,
  deadline: { timedOut: boolean; timeoutMs: number },
): AiException => {
  if (error instanceof AiException) {
    return error;
  }
  if (deadline.timedOut || error instanceof APIConnectionTimeoutError) {
    return new AiException(AiErrorCode.Timeout, `No complete answer within ${deadline.timeoutMs} ms.`);
  }
  if (error instanceof APIUserAbortError) {
    return new AiException(AiErrorCode.Aborted, 'The call was cancelled.');
  }
  if (error instanceof APIConnectionError) {
    return new AiException(AiErrorCode.NetworkError, brief(`Could not reach the provider: ${error.message}`));
  }
  if (error instanceof APIError) {
    // `instanceof` narrows to APIError<any>; these are the documented field types.
    const status = error.status as number | undefined;
    const headers = error.headers as Headers | undefined;
    const detail = brief(error.message);
    if (status === undefined) {
      // An error event inside an SSE stream carries no HTTP status.
      return new AiException(AiErrorCode.ServerError, detail);
    }
    if (status === 429) {
      return new AiException(AiErrorCode.RateLimited, detail, retryAfterSeconds(headers));
    }
    if (status >= 500) {
      return new AiException(AiErrorCode.ServerError, detail);
    }
    if (status === 401 || status === 403) {
      return new AiException(AiErrorCode.AuthFailed, detail);
    }
    if (error.code === 'context_length_exceeded') {
      return new AiException(AiErrorCode.ContextOverflow, detail);
    }
    return new AiException(AiErrorCode.BadRequest, detail);
  }
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
    return new AiException(AiErrorCode.Aborted, 'The call was cancelled.');
  }
  // A socket closed mid-stream surfaces as a bare TypeError/Error from fetch.
  if (error instanceof Error) {
    return new AiException(AiErrorCode.NetworkError, brief(`Connection failed: ${error.message}`));
  }
  return new AiException(AiErrorCode.Unknown, 'The provider failed in an unexpected way.');
};
