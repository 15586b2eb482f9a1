import type { RequestOptions } from 'node:http';
import { type Attributes, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { ReadableSpan, Span as SdkSpan, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type * as SdkTraceNode from '@opentelemetry/sdk-trace-node';
import type * as OtlpHttpExporter from '@opentelemetry/exporter-trace-otlp-http';
import type * as Resources from '@opentelemetry/resources';
import type * as SemanticConventions from '@opentelemetry/semantic-conventions';
import type * as Instrumentation from '@opentelemetry/instrumentation';
import type * as HttpInstrumentationModule from '@opentelemetry/instrumentation-http';
import type * as PgInstrumentationModule from '@opentelemetry/instrumentation-pg';
import { redactQuery } from 'src/observability/privacy';
import type { TracingConfig } from 'src/observability/observability.config';

// Only @opentelemetry/api is loaded up front (a few kilobytes of no-op stubs). The SDK, the
// exporter and the instrumentations are required inside startTracing, so with
// OTEL_EXPORTER_OTLP_ENDPOINT unset nothing is loaded and no module is patched.

const TRACER_NAME = 'dev-coach';

let enabled = false;

/** True once startTracing ran: span helpers return their work unwrapped otherwise. */
export const tracingEnabled = (): boolean => enabled;

export const tracer = () => trace.getTracer(TRACER_NAME);

export interface Tracing {
  /** Exports the spans still buffered (graceful shutdown). */
  flush(): Promise<void>;
}

const URL_ATTRIBUTES = ['http.target', 'http.url', 'url.full', 'url.query'];

/**
 * Runs before the exporter's processor sees a span: query strings lose their values (reset
 * and verification links carry secrets there), whatever instrumentation recorded them.
 */
class RedactingSpanProcessor implements SpanProcessor {
  onStart(): void {}

  onEnding(span: SdkSpan): void {
    for (const key of URL_ATTRIBUTES) {
      const value = span.attributes[key];
      if (typeof value === 'string' && value.includes(key === 'url.query' ? '=' : '?')) {
        span.setAttribute(key, key === 'url.query' ? redactQuery(`?${value}`).slice(1) : redactQuery(value));
      }
    }
  }

  onEnd(_span: ReadableSpan): void {}

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

const defaultPort = (url: URL): string => (url.protocol === 'https:' ? '443' : '80');

const sameOrigin = (request: RequestOptions, origin: URL): boolean =>
  (request.hostname ?? request.host) === origin.hostname &&
  String(request.port || defaultPort(origin)) === (origin.port || defaultPort(origin));

/* eslint-disable @typescript-eslint/no-require-imports -- loaded only when tracing is on, so
   an unconfigured process pays nothing for the SDK; the types come from the static imports. */
export const startTracing = (config: TracingConfig): Tracing => {
  const { NodeTracerProvider, BatchSpanProcessor } =
    require('@opentelemetry/sdk-trace-node') as typeof SdkTraceNode;
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof OtlpHttpExporter;
  const { resourceFromAttributes } = require('@opentelemetry/resources') as typeof Resources;
  const { ATTR_SERVICE_NAME } = require('@opentelemetry/semantic-conventions') as typeof SemanticConventions;
  const { registerInstrumentations } = require('@opentelemetry/instrumentation') as typeof Instrumentation;
  const { HttpInstrumentation } =
    require('@opentelemetry/instrumentation-http') as typeof HttpInstrumentationModule;
  const { PgInstrumentation } =
    require('@opentelemetry/instrumentation-pg') as typeof PgInstrumentationModule;

  const untraced = config.untracedOrigins.map((origin) => new URL(origin));
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName }),
    spanProcessors: [
      new RedactingSpanProcessor(),
      // Batch size, delay and queue limits follow OTEL_BSP_* when set.
      new BatchSpanProcessor(new OTLPTraceExporter({ url: `${config.endpoint}/v1/traces` })),
    ],
  });
  // Sets the global tracer provider, W3C trace-context propagation and the AsyncLocalStorage
  // context manager that carries the active span across awaits.
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        // Probes and scrapes arrive every few seconds and say nothing about a request's path.
        ignoreIncomingRequestHook: (request) => /^\/(health\/|metrics)/.test(request.url ?? ''),
        // Each error report would otherwise show up as a request of its own.
        ignoreOutgoingRequestHook: (request) => untraced.some((origin) => sameOrigin(request, origin)),
      }),
      // Statements are parameterised, and values stay out (enhancedDatabaseReporting is off).
      // Queries outside a request or job (lease sweeps, pool checks) would only add noise.
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  enabled = true;
  return { flush: () => provider.forceFlush() };
};
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * Runs `work` inside a span that ends when it settles. A failure marks the span with the
 * error's class name only: messages can quote user input.
 */
export const inSpan = async <T>(
  name: string,
  options: { kind: SpanKind; attributes: Attributes; root?: boolean },
  work: (span: Span) => Promise<T>,
): Promise<T> =>
  tracer().startActiveSpan(name, options, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      markFailed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });

export const markFailed = (span: Span, error: unknown): void => {
  const type = error instanceof Error ? error.name : typeof error;
  span.setAttribute('error.type', type);
  span.setStatus({ code: SpanStatusCode.ERROR, message: type });
};

export { SpanKind };
