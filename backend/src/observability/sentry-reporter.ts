import { trace } from '@opentelemetry/api';
import type * as SentryNode from '@sentry/node';
import type { ErrorEvent, Exception } from '@sentry/node';
import type { ErrorReporter } from 'src/observability/error-reporting';
import type { ErrorReportingConfig } from 'src/observability/observability.config';
import { redactText } from 'src/observability/privacy';

const scrubException = (exception: Exception): Exception => ({
  ...exception,
  value: exception.value === undefined ? undefined : redactText(exception.value),
});

/**
 * The last gate before an event leaves: nothing about the request (URL, headers, cookies,
 * body), the user, breadcrumbs or extra data, and error messages without emails or tokens.
 * Our own integrations list already leaves most of these empty; this holds if one is added.
 */
export const scrubEvent = (event: ErrorEvent): ErrorEvent => {
  const scrubbed: ErrorEvent = {
    ...event,
    message: event.message === undefined ? undefined : redactText(event.message),
    exception: event.exception && {
      ...event.exception,
      values: event.exception.values?.map(scrubException),
    },
  };
  delete scrubbed.request;
  delete scrubbed.user;
  delete scrubbed.breadcrumbs;
  delete scrubbed.extra;
  return scrubbed;
};

/* eslint-disable @typescript-eslint/no-require-imports -- loaded only when SENTRY_DSN is set,
   so an unconfigured process never loads or initialises the SDK. */
export const startSentry = (config: ErrorReportingConfig): ErrorReporter => {
  const Sentry = require('@sentry/node') as typeof SentryNode;
  Sentry.init({
    dsn: config.dsn,
    environment: config.environment,
    release: config.release,
    // Errors only. Traces go to OTLP (src/observability/tracing.ts), so Sentry must not
    // register a second global tracer provider (v11's default, stated here on purpose), nor
    // rewrite modules at load time for channel-based spans, nor sample traces of its own.
    enableOpenTelemetrySetup: false,
    enableRuntimeChannelInjection: false,
    // An explicit list instead of the defaults, which include request data, console and HTTP
    // breadcrumbs and local variables: all ways for personal data to reach the event.
    defaultIntegrations: false,
    integrations: [
      Sentry.eventFiltersIntegration(),
      Sentry.functionToStringIntegration(),
      Sentry.linkedErrorsIntegration(),
      Sentry.dedupeIntegration(),
      // Node's own behaviour is kept: an uncaught exception or unhandled rejection still ends
      // the process (mode 'strict'), after the event has been sent.
      Sentry.onUncaughtExceptionIntegration(),
      Sentry.onUnhandledRejectionIntegration({ mode: 'strict' }),
      Sentry.contextLinesIntegration(),
      Sentry.nodeContextIntegration(),
    ],
    // v11 collects most of these by default; none of them is wanted.
    dataCollection: {
      userInfo: false,
      cookies: false,
      httpHeaders: false,
      httpBodies: [],
      urlQueryParams: false,
      genAI: { inputs: false, outputs: false },
      databaseQueryData: false,
      queues: false,
      stackFrameVariables: false,
    },
    maxBreadcrumbs: 0,
    sendClientReports: false,
    beforeSend: scrubEvent,
  });
  return {
    capture: (error, report) => {
      // Ties the event to its trace when tracing is on too.
      const traceId = trace.getActiveSpan()?.spanContext().traceId;
      Sentry.captureException(error, {
        tags: { source: report.source, ...report.tags, ...(traceId ? { trace_id: traceId } : {}) },
      });
    },
    flush: async (timeoutMs) => {
      await Sentry.flush(timeoutMs);
    },
  };
};
/* eslint-enable @typescript-eslint/no-require-imports */
