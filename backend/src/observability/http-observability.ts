import { type ArgumentsHost, Catch } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { trace } from '@opentelemetry/api';
import { ATTR_HTTP_ROUTE } from '@opentelemetry/semantic-conventions';
import type { FastifyRequest } from 'fastify';
import { mapError } from 'src/common/errors/error-mapping';
import { AllExceptionsFilter } from 'src/common/filters/all-exceptions.filter';
import { errorReportingEnabled, reportError } from 'src/observability/error-reporting';
import { tracingEnabled } from 'src/observability/tracing';

/** The matched route pattern (`/api/v1/coach/turns/:id`), never the URL with its ids and query. */
const routeOf = (request: FastifyRequest): string | undefined => request.routeOptions?.url;

/**
 * The app's own filter, plus a report for every 5xx: answers stay exactly as they were (same
 * class, same body), and the report carries the route pattern and status, nothing from the
 * request itself.
 */
@Catch()
export class ErrorReportingExceptionsFilter extends AllExceptionsFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    super.catch(exception, host);
    const { statusCode } = mapError(exception).body;
    if (statusCode >= 500) {
      const request = host.switchToHttp().getRequest<FastifyRequest>();
      reportError(exception, {
        source: 'http',
        tags: { method: request.method, route: routeOf(request) ?? 'unmatched', status: statusCode },
      });
    }
  }
}

/**
 * Called by main.ts once the app is created and before it listens. With tracing on, the HTTP
 * server span is named after the route pattern (`GET /api/v1/me`) as the HTTP conventions ask;
 * with error reporting on, 5xx answers are reported. Each piece is skipped when its feature is
 * off.
 */
export const installHttpObservability = (app: NestFastifyApplication): void => {
  if (tracingEnabled()) {
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onRequest', (request, _reply, done) => {
        const route = routeOf(request);
        const span = trace.getActiveSpan();
        if (route && span) {
          span.setAttribute(ATTR_HTTP_ROUTE, route);
          span.updateName(`${request.method} ${route}`);
        }
        done();
      });
  }
  if (errorReportingEnabled()) {
    // Registered after the app's filter, so Nest tries it first (the last global filter wins).
    app.useGlobalFilters(new ErrorReportingExceptionsFilter());
  }
};
