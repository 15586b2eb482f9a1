import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { HttpStatus } from '@nestjs/common';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CommonErrorCode } from 'src/common/errors/error-code';
import {
  type ErrorBody,
  mapError,
  OUTAGE_MESSAGE,
  OUTAGE_RETRY_AFTER_SECONDS,
} from 'src/common/errors/error-mapping';

const JSON_TYPE = 'application/json; charset=utf-8';

const sendError = (reply: FastifyReply, body: ErrorBody): void => {
  void reply
    .code(body.statusCode)
    .header('x-content-type-options', 'nosniff')
    .type(JSON_TYPE)
    // Pre-serialised: these replies may have no route context to serialise with.
    .send(JSON.stringify(body));
};

/**
 * Fastify's `frameworkErrors`: the router rejects a badly percent-encoded URL (400) or an
 * over-long route parameter (414) before any hook or Nest filter runs, and its own bodies
 * echo the URL. Answered here in the documented shape instead.
 */
export const handleFrameworkError = (
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void => {
  void reply.header('x-request-id', request.id);
  sendError(reply, mapError(error).body);
};

// Nest's HttpStatus has no 431.
const REQUEST_HEADER_FIELDS_TOO_LARGE = 431;

const CLIENT_ERRORS: Record<string, ErrorBody> = {
  HPE_HEADER_OVERFLOW: {
    statusCode: REQUEST_HEADER_FIELDS_TOO_LARGE,
    code: CommonErrorCode.HeadersTooLarge,
    message: 'The request line or headers are too large.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    statusCode: HttpStatus.REQUEST_TIMEOUT,
    code: CommonErrorCode.RequestTimeout,
    message: 'The request was not received in time.',
  },
};

const MALFORMED_REQUEST: ErrorBody = {
  statusCode: HttpStatus.BAD_REQUEST,
  code: CommonErrorCode.BadRequest,
  message: 'The request is not valid HTTP.',
};

/**
 * Fastify's `clientErrorHandler`: Node's HTTP parser failed (headers too large, garbage on the
 * socket, slow request), so there is no request object and the answer goes straight to the socket.
 */
export function handleClientError(this: FastifyInstance, error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) {
    return;
  }
  const body =
    (error.code && Object.hasOwn(CLIENT_ERRORS, error.code) && CLIENT_ERRORS[error.code]) ||
    MALFORMED_REQUEST;
  const json = JSON.stringify(body);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${body.statusCode} ${STATUS_CODES[body.statusCode] ?? ''}\r\n` +
        `Content-Type: ${JSON_TYPE}\r\nContent-Length: ${Buffer.byteLength(json)}\r\n` +
        `Connection: close\r\n\r\n${json}`,
    );
  }
  socket.destroy(error);
}

/**
 * While the server drains for shutdown, new requests get 503 in the documented shape with
 * Retry-After, so a load balancer or client retries on another instance. Fastify's own
 * `return503OnClosing` must be off for requests to reach this hook.
 */
export const registerDrainResponse = (fastify: FastifyInstance): void => {
  let closing = false;
  fastify.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    if (!closing) {
      done();
      return;
    }
    if (request.raw.httpVersionMajor !== 2) {
      void reply.header('connection', 'close');
    }
    void reply.header('retry-after', String(OUTAGE_RETRY_AFTER_SECONDS));
    sendError(reply, {
      statusCode: HttpStatus.SERVICE_UNAVAILABLE,
      code: CommonErrorCode.ServiceUnavailable,
      message: OUTAGE_MESSAGE,
    });
  });
};
