import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { mapError } from 'src/common/errors/error-mapping';

const summarise = (exception: unknown): { name: string; message: string } =>
  exception instanceof Error
    ? { name: exception.name, message: exception.message }
    : { name: typeof exception, message: String(exception) };

// The single place errors become HTTP responses: every body has the documented shape,
// and nothing from a stack trace or a driver message reaches the client.
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger(AllExceptionsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const { body, unexpected, warning, retryAfterSeconds } = mapError(exception);

    if (unexpected) {
      this.logger.error(
        { err: exception, method: request.method, url: request.url },
        'Unhandled error while serving a request',
      );
    } else if (warning) {
      this.logger.warn({ error: summarise(exception), method: request.method, url: request.url }, warning);
    }
    if (reply.sent) {
      return;
    }
    const retryAfter =
      retryAfterSeconds ?? (exception as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
    if (typeof retryAfter === 'number') {
      void reply.header('Retry-After', String(Math.ceil(retryAfter)));
    }
    void reply.status(body.statusCode).type('application/json; charset=utf-8').send(body);
  }
}
