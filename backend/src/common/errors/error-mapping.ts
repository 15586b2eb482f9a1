import { HttpException, HttpStatus } from '@nestjs/common';
import { AppException, type ErrorDetail } from 'src/common/errors/app.exception';
import { isDependencyOutage, isInvalidTextForDatabase } from 'src/common/errors/dependency-outage';
import { CommonErrorCode } from 'src/common/errors/error-code';

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: ErrorDetail[];
}

const CODE_BY_STATUS: Partial<Record<number, CommonErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: CommonErrorCode.BadRequest,
  [HttpStatus.UNAUTHORIZED]: CommonErrorCode.Unauthorized,
  [HttpStatus.FORBIDDEN]: CommonErrorCode.Forbidden,
  [HttpStatus.NOT_FOUND]: CommonErrorCode.NotFound,
  [HttpStatus.METHOD_NOT_ALLOWED]: CommonErrorCode.MethodNotAllowed,
  [HttpStatus.CONFLICT]: CommonErrorCode.Conflict,
  [HttpStatus.PAYLOAD_TOO_LARGE]: CommonErrorCode.PayloadTooLarge,
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: CommonErrorCode.UnsupportedMediaType,
  [HttpStatus.TOO_MANY_REQUESTS]: CommonErrorCode.TooManyRequests,
  [HttpStatus.SERVICE_UNAVAILABLE]: CommonErrorCode.ServiceUnavailable,
};

const GENERIC_MESSAGE: Partial<Record<number, string>> = {
  [HttpStatus.NOT_FOUND]: 'The requested resource does not exist.',
  [HttpStatus.INTERNAL_SERVER_ERROR]: 'Something went wrong on our side. Please try again.',
};

/** How long a client should wait before retrying after a dependency outage. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

export const OUTAGE_MESSAGE = 'The service is temporarily unavailable. Please try again shortly.';

export const INVALID_TEXT_MESSAGE =
  'Text must not contain NUL characters (U+0000) or unpaired UTF-16 surrogates.';

// Fastify raises these before a Nest handler runs; each maps to a documented status and code.
const FASTIFY_ERRORS: Record<string, { status: number; code: CommonErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    code: CommonErrorCode.UnsupportedMediaType,
    message: 'Unsupported content type. Send JSON with Content-Type: application/json.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: HttpStatus.PAYLOAD_TOO_LARGE,
    code: CommonErrorCode.PayloadTooLarge,
    message: 'The request body is too large.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: HttpStatus.BAD_REQUEST,
    code: CommonErrorCode.MalformedJson,
    message: 'The request body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: HttpStatus.BAD_REQUEST,
    code: CommonErrorCode.MalformedJson,
    message: 'The request body is empty but Content-Type says JSON.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: HttpStatus.BAD_REQUEST,
    code: CommonErrorCode.BadRequest,
    message: 'Content-Length does not match the body.',
  },
  // Raised by the router (see frameworkErrors in src/common/http/framework-errors.ts).
  FST_ERR_BAD_URL: {
    status: HttpStatus.BAD_REQUEST,
    code: CommonErrorCode.BadRequest,
    message: 'The request URL is malformed.',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    status: HttpStatus.URI_TOO_LONG,
    code: CommonErrorCode.UriTooLong,
    message: 'The request URL is too long.',
  },
};

const fastifyCode = (error: unknown): string | undefined => {
  if (typeof error !== 'object' || error === null || !('code' in error)) {
    return undefined;
  }
  return typeof error.code === 'string' ? error.code : undefined;
};

const isJsonSyntaxError = (error: unknown): boolean =>
  error instanceof SyntaxError &&
  'statusCode' in error &&
  (error as { statusCode: unknown }).statusCode === 400;

const fromHttpException = (exception: HttpException): ErrorBody => {
  const statusCode = exception.getStatus();
  const response = exception.getResponse();
  const fallbackCode = CODE_BY_STATUS[statusCode] ?? CommonErrorCode.InternalError;
  if (typeof response === 'object' && response !== null) {
    const body = response as Partial<ErrorBody> & { message?: unknown };
    // Nest's route-not-found text ("Cannot GET /the/url") would echo the URL back.
    const message =
      typeof body.message === 'string' && statusCode !== (HttpStatus.NOT_FOUND as number)
        ? body.message
        : undefined;
    return {
      statusCode,
      code: typeof body.code === 'string' ? body.code : fallbackCode,
      message: message ?? GENERIC_MESSAGE[statusCode] ?? exception.message,
      ...(Array.isArray(body.details) ? { details: body.details } : {}),
    };
  }
  return { statusCode, code: fallbackCode, message: GENERIC_MESSAGE[statusCode] ?? String(response) };
};

export interface MappedError {
  body: ErrorBody;
  // True when the error is ours to fix: it is logged with its stack, the client sees a generic text.
  unexpected: boolean;
  // Set when the error is worth an operator's attention without being a bug: logged as a
  // warning with this text and the error's name and message, no stack.
  warning?: string;
  retryAfterSeconds?: number;
}

const simple = (status: number, code: string, message: string): ErrorBody => ({
  statusCode: status,
  code,
  message,
});

export const mapError = (exception: unknown): MappedError => {
  if (exception instanceof AppException) {
    return {
      body: {
        statusCode: exception.status,
        code: exception.code,
        message: exception.message,
        ...(exception.details ? { details: exception.details } : {}),
      },
      unexpected: false,
    };
  }
  // Nest wraps Fastify's 4xx errors in an HttpException whose cause is the original.
  const cause = exception instanceof HttpException ? exception.cause : exception;
  const code = fastifyCode(cause) ?? '';
  const known = Object.hasOwn(FASTIFY_ERRORS, code) ? FASTIFY_ERRORS[code] : undefined;
  if (known) {
    return {
      body: simple(known.status, known.code, known.message),
      unexpected: false,
    };
  }
  if (exception instanceof HttpException) {
    return { body: fromHttpException(exception), unexpected: exception.getStatus() >= 500 };
  }
  if (isJsonSyntaxError(exception)) {
    const malformed = FASTIFY_ERRORS.FST_ERR_CTP_INVALID_JSON_BODY;
    return {
      body: simple(malformed.status, malformed.code, malformed.message),
      unexpected: false,
    };
  }
  if (isDependencyOutage(exception)) {
    return {
      body: simple(HttpStatus.SERVICE_UNAVAILABLE, CommonErrorCode.ServiceUnavailable, OUTAGE_MESSAGE),
      unexpected: false,
      warning: 'A dependency is unavailable; answered 503',
      retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS,
    };
  }
  if (isInvalidTextForDatabase(exception)) {
    return {
      body: simple(HttpStatus.BAD_REQUEST, CommonErrorCode.InvalidText, INVALID_TEXT_MESSAGE),
      unexpected: false,
      warning: 'Text the database cannot store got past the input guard; answered 400',
    };
  }
  return {
    body: simple(
      HttpStatus.INTERNAL_SERVER_ERROR,
      CommonErrorCode.InternalError,
      GENERIC_MESSAGE[HttpStatus.INTERNAL_SERVER_ERROR] ?? 'Internal error',
    ),
    unexpected: true,
  };
};
