import { HttpException, HttpStatus } from '@nestjs/common';
import { AppException, type ErrorDetail } from 'src/common/errors/app.exception';
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
    const message = typeof body.message === 'string' ? body.message : undefined;
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
}

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
  const known = FASTIFY_ERRORS[fastifyCode(cause) ?? ''];
  if (known) {
    return {
      body: { statusCode: known.status, code: known.code, message: known.message },
      unexpected: false,
    };
  }
  if (exception instanceof HttpException) {
    return { body: fromHttpException(exception), unexpected: exception.getStatus() >= 500 };
  }
  if (isJsonSyntaxError(exception)) {
    const malformed = FASTIFY_ERRORS.FST_ERR_CTP_INVALID_JSON_BODY;
    return {
      body: { statusCode: malformed.status, code: malformed.code, message: malformed.message },
      unexpected: false,
    };
  }
  return {
    body: {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      code: CommonErrorCode.InternalError,
      message: GENERIC_MESSAGE[HttpStatus.INTERNAL_SERVER_ERROR] ?? 'Internal error',
    },
    unexpected: true,
  };
};
