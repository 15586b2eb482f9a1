import { NodeEnv, validateEnvironment } from 'src/config/env.validation';

/** Which process is starting: names the service in traces when OTEL_SERVICE_NAME is unset. */
export type ProcessRole = 'api' | 'worker';

export interface TracingConfig {
  /** OTLP/HTTP base URL; the exporter posts to `<endpoint>/v1/traces`. */
  endpoint: string;
  serviceName: string;
  /** Origins whose outgoing requests are not traced (the error tracker's own sends). */
  untracedOrigins: string[];
}

export interface ErrorReportingConfig {
  dsn: string;
  environment: string;
  release?: string;
}

export interface ObservabilityConfig {
  /** Null when OTEL_EXPORTER_OTLP_ENDPOINT is unset: nothing is loaded or patched. */
  tracing: TracingConfig | null;
  /** Null when SENTRY_DSN is unset: the Sentry SDK is never loaded. */
  errorReporting: ErrorReportingConfig | null;
}

// Read before Nest exists (tracing must patch http and pg before they load), so this is a
// plain function over the validated environment rather than a registerAs namespace.
export const buildObservabilityConfig = (
  role: ProcessRole,
  source: Record<string, unknown> = process.env,
): ObservabilityConfig => {
  const env = validateEnvironment(source);
  return {
    tracing: env.OTEL_EXPORTER_OTLP_ENDPOINT
      ? {
          endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, ''),
          serviceName: env.OTEL_SERVICE_NAME ?? `dev-coach-${role}`,
          untracedOrigins: env.SENTRY_DSN ? [new URL(env.SENTRY_DSN).origin] : [],
        }
      : null,
    errorReporting: env.SENTRY_DSN
      ? {
          dsn: env.SENTRY_DSN,
          environment: env.SENTRY_ENVIRONMENT ?? env.NODE_ENV ?? NodeEnv.Development,
          release: env.SENTRY_RELEASE,
        }
      : null,
  };
};
