import type { ErrorEvent } from '@sentry/node';
import type { AiProvider } from 'src/ai/providers/ai-provider';
import { ConfigValidationError } from 'src/config/env.validation';
import { errorReportingEnabled } from 'src/observability/error-reporting';
import { observeJob } from 'src/observability/job-observability';
import { traceAiProvider } from 'src/observability/llm-observability';
import { buildObservabilityConfig } from 'src/observability/observability.config';
import { redactQuery, redactText } from 'src/observability/privacy';
import { scrubEvent } from 'src/observability/sentry-reporter';
import { tracingEnabled } from 'src/observability/tracing';
import type { JobHandler } from 'src/queue/queue.types';

describe('observability configuration', () => {
  it('should leave both features off when nothing is set', () => {
    expect(buildObservabilityConfig('api', {})).toEqual({ tracing: null, errorReporting: null });
  });

  it('should name the service after the process unless OTEL_SERVICE_NAME says otherwise', () => {
    const endpoint = 'http://collector:4318/';
    expect(buildObservabilityConfig('worker', { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint }).tracing).toEqual({
      endpoint: 'http://collector:4318',
      serviceName: 'dev-coach-worker',
      untracedOrigins: [],
    });
    expect(
      buildObservabilityConfig('api', { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: 'coach' })
        .tracing?.serviceName,
    ).toBe('coach');
  });

  it('should take the environment from NODE_ENV and keep the Sentry host out of traces', () => {
    const config = buildObservabilityConfig('api', {
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      SENTRY_DSN: 'https://abc123@o1.ingest.sentry.io/42',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318',
    });
    expect(config.errorReporting).toEqual({
      dsn: 'https://abc123@o1.ingest.sentry.io/42',
      environment: 'production',
    });
    expect(config.tracing?.untracedOrigins).toEqual(['https://o1.ingest.sentry.io']);
  });

  it.each([
    ['OTEL_EXPORTER_OTLP_ENDPOINT', 'collector:4318'],
    ['SENTRY_DSN', 'https://o1.ingest.sentry.io/42'],
    ['SENTRY_DSN', 'not a dsn'],
    ['OTEL_SERVICE_NAME', 'has spaces'],
  ])('should reject %s=%s naming the variable', (variable, value) => {
    expect(() => buildObservabilityConfig('api', { [variable]: value })).toThrow(ConfigValidationError);
    expect(() => buildObservabilityConfig('api', { [variable]: value })).toThrow(
      new RegExp(`^${variable}: `),
    );
  });
});

describe('telemetry scrubbing', () => {
  it('should replace emails, key details, JWTs and long tokens in free text', () => {
    const text =
      'duplicate key: Key (email)=(ann@example.com) exists; mail bob@example.org; ' +
      'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig and key sk_live_0123456789abcdef0123456789abcdef0123';
    const redacted = redactText(text);
    expect(redacted).not.toMatch(/ann@|bob@|eyJ|sk_live/);
    expect(redacted).toContain('Key (email)=([redacted])');
    expect(redacted).toContain('[email]');
    expect(redactText('relation "user_notes" does not exist')).toBe('relation "user_notes" does not exist');
  });

  it('should keep query names and drop their values', () => {
    expect(redactQuery('/api/v1/auth/verify?token=abc&next=/me#top')).toBe(
      '/api/v1/auth/verify?token=REDACTED&next=REDACTED',
    );
    expect(redactQuery('/api/v1/me')).toBe('/api/v1/me');
  });

  it('should strip request, user, breadcrumbs and extra from Sentry events', () => {
    const event: ErrorEvent = {
      type: undefined,
      message: 'failed for ann@example.com',
      request: { url: 'http://x/api?token=1', cookies: { dc_access: 'secret' } },
      user: { email: 'ann@example.com' },
      breadcrumbs: [{ message: 'said something personal' }],
      extra: { body: 'message content' },
      exception: { values: [{ type: 'Error', value: 'Key (email)=(ann@example.com) already exists' }] },
      tags: { route: '/api/v1/me' },
    };
    const scrubbed = scrubEvent(event);
    expect(JSON.stringify(scrubbed)).not.toMatch(/ann@|secret|personal|content|token/);
    expect(scrubbed.tags).toEqual({ route: '/api/v1/me' });
    expect(scrubbed.exception?.values?.[0]?.type).toBe('Error');
  });
});

describe('with observability off', () => {
  it('should hand back the job handler and the AI provider untouched (zero cost)', () => {
    expect(tracingEnabled()).toBe(false);
    expect(errorReportingEnabled()).toBe(false);
    const handler: JobHandler = () => Promise.resolve();
    expect(observeJob('in-process', handler)).toBe(handler);
    const provider = { name: 'demo', label: 'Demo' } as AiProvider;
    expect(traceAiProvider(provider)).toBe(provider);
  });
});
